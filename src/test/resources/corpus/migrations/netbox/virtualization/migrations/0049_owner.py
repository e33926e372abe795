



class Migration(migrations.Migration):
    dependencies = [
        ('users', '0015_owner'),
        ('virtualization', '0048_populate_mac_addresses'),
    ]
