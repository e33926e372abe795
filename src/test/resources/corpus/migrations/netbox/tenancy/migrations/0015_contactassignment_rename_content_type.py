


class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('extras', '0111_rename_content_types'),
        ('tenancy', '0014_contactassignment_ordering'),
    ]
