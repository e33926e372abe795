




class Migration(migrations.Migration):

    dependencies = [
        ('vpn', '0008_add_l2vpn_status'),
    ]
