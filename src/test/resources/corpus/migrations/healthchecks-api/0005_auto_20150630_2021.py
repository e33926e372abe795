



class Migration(migrations.Migration):
    dependencies = [("api", "0004_auto_20150616_1319")]
