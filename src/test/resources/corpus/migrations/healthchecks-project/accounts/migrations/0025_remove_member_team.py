




class Migration(migrations.Migration):
    dependencies = [("accounts", "0024_auto_20190119_1540")]
