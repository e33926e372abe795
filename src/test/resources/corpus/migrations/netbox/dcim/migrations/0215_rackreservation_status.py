


class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0214_platform_rebuild'),
    ]
