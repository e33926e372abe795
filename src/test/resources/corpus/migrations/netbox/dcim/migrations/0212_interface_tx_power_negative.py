



class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0211_platform_manufacturer_uniqueness'),
    ]
