




class Migration(migrations.Migration):
    dependencies = [("api", "0030_check_last_ping_body")]
