




class Migration(migrations.Migration):
    dependencies = [("api", "0039_remove_check_last_ping_body")]
