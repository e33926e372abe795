


















class Migration(migrations.Migration):
    dependencies = [("api", "0054_auto_20190112_1427")]
