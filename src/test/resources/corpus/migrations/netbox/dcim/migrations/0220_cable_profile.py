




class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0219_devicetype_device_count'),
    ]
