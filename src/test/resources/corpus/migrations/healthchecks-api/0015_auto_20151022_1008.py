




class Migration(migrations.Migration):
    dependencies = [("api", "0014_auto_20151019_2039")]
