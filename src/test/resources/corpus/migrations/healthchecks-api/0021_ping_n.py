




class Migration(migrations.Migration):
    dependencies = [("api", "0020_check_n_pings")]
