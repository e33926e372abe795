




class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0068_move_l2vpn'),
    ]
