





class Migration(migrations.Migration):
    dependencies = [("accounts", "0005_auto_20160509_0801")]
