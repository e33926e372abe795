




class Migration(migrations.Migration):
    dependencies = [("api", "0031_auto_20170509_1320")]
