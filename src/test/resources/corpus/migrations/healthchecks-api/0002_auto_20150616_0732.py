




class Migration(migrations.Migration):
    dependencies = [("api", "0001_initial")]
