




class Migration(migrations.Migration):
    dependencies = [("api", "0051_auto_20190104_0908")]
