

















class Migration(migrations.Migration):
    dependencies = [
        ('vpn', '0005_rename_indexes'),
    ]
