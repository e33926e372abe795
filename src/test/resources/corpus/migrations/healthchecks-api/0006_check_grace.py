




class Migration(migrations.Migration):
    dependencies = [("api", "0005_auto_20150630_2021")]
