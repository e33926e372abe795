

















class Migration(migrations.Migration):
    dependencies = [
        ('wireless', '0009_wirelesslink_distance'),
    ]
