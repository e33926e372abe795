




class Migration(migrations.Migration):
    dependencies = [("api", "0029_auto_20170507_1251")]
