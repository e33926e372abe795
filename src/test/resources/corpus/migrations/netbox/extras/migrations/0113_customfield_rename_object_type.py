


class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0112_tag_update_object_types'),
    ]
