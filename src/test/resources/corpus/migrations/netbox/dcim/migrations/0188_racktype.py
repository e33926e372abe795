







class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0118_customfield_uniqueness'),
        ('dcim', '0187_alter_device_vc_position'),
    ]
