


class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0120_eventrule_event_types'),
    ]
