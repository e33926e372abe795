




class Migration(migrations.Migration):
    dependencies = [("accounts", "0022_auto_20190114_0857")]
