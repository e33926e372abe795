


class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0209_device_component_denorm_site_location'),
    ]
