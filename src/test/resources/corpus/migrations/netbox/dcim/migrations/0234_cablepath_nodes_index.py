



class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0233_device_render_config_permission'),
    ]
