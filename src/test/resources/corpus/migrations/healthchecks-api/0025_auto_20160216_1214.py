




class Migration(migrations.Migration):
    dependencies = [("api", "0024_auto_20160203_2227")]
