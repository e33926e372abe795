




class Migration(migrations.Migration):
    dependencies = [("api", "0052_auto_20190104_1122")]
