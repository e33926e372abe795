




class Migration(migrations.Migration):
    dependencies = [("accounts", "0015_auto_20181029_1858")]
