



class Migration(migrations.Migration):
    dependencies = [
        ('users', '0015_owner'),
        ('wireless', '0015_extend_wireless_link_abs_distance_upper_limit'),
    ]
