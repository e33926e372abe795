





class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0069_gfk_indexes'),
        ('vpn', '0002_move_l2vpn'),
    ]
