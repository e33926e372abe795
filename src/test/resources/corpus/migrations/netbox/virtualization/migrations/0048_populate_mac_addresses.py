





























class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0199_macaddress'),
        ('virtualization', '0047_natural_ordering'),
    ]
