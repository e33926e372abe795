






class Migration(migrations.Migration):
    dependencies = [("api", "0046_auto_20181218_1245")]
