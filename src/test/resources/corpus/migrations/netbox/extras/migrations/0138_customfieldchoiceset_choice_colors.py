


class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0137_default_ordering_indexes'),
    ]
