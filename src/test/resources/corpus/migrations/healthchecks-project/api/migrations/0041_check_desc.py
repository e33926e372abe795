




class Migration(migrations.Migration):
    dependencies = [("api", "0040_auto_20180517_1336")]
