




class Migration(migrations.Migration):
    dependencies = [("api", "0057_auto_20190118_1319")]
