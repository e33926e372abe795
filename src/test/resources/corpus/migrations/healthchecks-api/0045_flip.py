





class Migration(migrations.Migration):
    dependencies = [("api", "0044_auto_20181120_2004")]
