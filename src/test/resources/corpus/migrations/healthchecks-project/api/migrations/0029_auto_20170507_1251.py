






class Migration(migrations.Migration):
    dependencies = [("api", "0028_auto_20170305_1907")]
