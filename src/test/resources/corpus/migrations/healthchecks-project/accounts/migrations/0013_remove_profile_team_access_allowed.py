




class Migration(migrations.Migration):
    dependencies = [("accounts", "0012_auto_20171014_1002")]
