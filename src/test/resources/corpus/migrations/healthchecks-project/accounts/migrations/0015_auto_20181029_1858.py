




class Migration(migrations.Migration):
    dependencies = [("accounts", "0014_auto_20171227_1530")]
