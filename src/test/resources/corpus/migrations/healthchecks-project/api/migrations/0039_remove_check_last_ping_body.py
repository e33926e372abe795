




class Migration(migrations.Migration):
    dependencies = [("api", "0038_auto_20180318_1306")]
