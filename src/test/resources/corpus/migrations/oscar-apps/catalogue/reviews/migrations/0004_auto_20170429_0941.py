







class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0003_auto_20160802_1358'),
    ]
