




class Migration(migrations.Migration):
    dependencies = [("api", "0013_auto_20151001_2029")]
