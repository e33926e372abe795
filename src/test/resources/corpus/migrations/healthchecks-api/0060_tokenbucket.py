




class Migration(migrations.Migration):
    dependencies = [("api", "0059_auto_20190314_1744")]
