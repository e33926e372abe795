































class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0199_macaddress'),
    ]
