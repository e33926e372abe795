




class Migration(migrations.Migration):
    dependencies = [("api", "0021_ping_n")]
