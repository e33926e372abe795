




class Migration(migrations.Migration):
    dependencies = [("api", "0033_auto_20170714_1715")]
