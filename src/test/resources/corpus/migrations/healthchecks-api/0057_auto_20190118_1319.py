




class Migration(migrations.Migration):
    dependencies = [("api", "0056_auto_20190114_0857")]
