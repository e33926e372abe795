



class Migration(migrations.Migration):
    dependencies = [
        ('users', '0015_owner'),
        ('vpn', '0009_remove_redundant_indexes'),
    ]
