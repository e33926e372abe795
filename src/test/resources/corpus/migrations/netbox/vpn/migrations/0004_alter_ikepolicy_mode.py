




class Migration(migrations.Migration):
    dependencies = [
        ('vpn', '0003_ipaddress_multiple_tunnel_terminations'),
    ]
