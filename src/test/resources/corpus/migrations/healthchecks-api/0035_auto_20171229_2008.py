




class Migration(migrations.Migration):
    dependencies = [("api", "0034_auto_20171227_1530")]
