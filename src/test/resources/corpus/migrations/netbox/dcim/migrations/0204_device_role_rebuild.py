













class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0203_device_role_nested'),
    ]
