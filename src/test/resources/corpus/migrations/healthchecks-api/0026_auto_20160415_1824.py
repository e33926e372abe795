




class Migration(migrations.Migration):
    dependencies = [("api", "0025_auto_20160216_1214")]
