





class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0183_devicetype_exclude_from_utilization'),
    ]
