





class Migration(migrations.Migration):
    dependencies = [("api", "0055_auto_20190112_1427")]
