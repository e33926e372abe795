




class Migration(migrations.Migration):
    dependencies = [("api", "0042_auto_20181029_1522")]
