




class Migration(migrations.Migration):
    dependencies = [("accounts", "0020_auto_20190112_1950")]
