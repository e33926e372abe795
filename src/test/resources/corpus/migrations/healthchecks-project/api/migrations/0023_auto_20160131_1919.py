




class Migration(migrations.Migration):
    dependencies = [("api", "0022_auto_20160130_2042")]
