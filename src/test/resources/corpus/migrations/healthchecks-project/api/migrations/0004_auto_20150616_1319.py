







class Migration(migrations.Migration):
    dependencies = [("api", "0003_auto_20150616_1249")]
