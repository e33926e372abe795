




class Migration(migrations.Migration):
    dependencies = [("api", "0049_auto_20190102_0743")]
