





class Migration(migrations.Migration):
    dependencies = [("accounts", "0021_auto_20190112_2005")]
