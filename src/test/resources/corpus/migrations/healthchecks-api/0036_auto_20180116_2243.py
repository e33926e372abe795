





class Migration(migrations.Migration):
    dependencies = [("api", "0035_auto_20171229_2008")]
