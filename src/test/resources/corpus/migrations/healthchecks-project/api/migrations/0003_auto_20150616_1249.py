




class Migration(migrations.Migration):
    dependencies = [("api", "0002_auto_20150616_0732")]
