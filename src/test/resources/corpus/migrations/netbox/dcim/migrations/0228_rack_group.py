







class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0227_alter_interface_speed_bigint'),
        ('extras', '0134_owner'),
        ('users', '0015_owner'),
    ]
