




class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_profile_ping_log_limit")]
