




class Migration(migrations.Migration):
    dependencies = [("api", "0058_auto_20190312_1716")]
