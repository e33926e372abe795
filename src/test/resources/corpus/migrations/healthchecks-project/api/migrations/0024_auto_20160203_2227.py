




class Migration(migrations.Migration):
    dependencies = [("api", "0023_auto_20160131_1919")]
