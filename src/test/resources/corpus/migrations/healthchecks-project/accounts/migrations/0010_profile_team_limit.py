




class Migration(migrations.Migration):
    dependencies = [("accounts", "0009_auto_20170714_1734")]
