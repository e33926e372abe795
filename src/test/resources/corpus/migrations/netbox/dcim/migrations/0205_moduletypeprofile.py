







class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0204_device_role_rebuild'),
        ('extras', '0126_exporttemplate_file_name'),
    ]
