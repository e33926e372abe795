












class Migration(migrations.Migration):
    dependencies = [
        ('tenancy', '0015_contactassignment_rename_content_type'),
    ]
