




class Migration(migrations.Migration):
    dependencies = [("api", "0036_auto_20180116_2243")]
