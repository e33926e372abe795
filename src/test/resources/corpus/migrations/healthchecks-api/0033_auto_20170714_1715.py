




class Migration(migrations.Migration):
    dependencies = [("api", "0032_auto_20170608_1158")]
