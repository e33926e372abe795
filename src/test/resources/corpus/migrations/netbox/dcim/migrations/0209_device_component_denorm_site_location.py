




























class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0208_devicerole_uniqueness'),
    ]
