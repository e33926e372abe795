




class Migration(migrations.Migration):

    dependencies = [
        ('vpn', '0010_owner'),
    ]
