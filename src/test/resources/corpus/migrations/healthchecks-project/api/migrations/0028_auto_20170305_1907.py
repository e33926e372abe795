




class Migration(migrations.Migration):
    dependencies = [("api", "0027_auto_20161213_1059")]
