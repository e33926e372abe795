




class Migration(migrations.Migration):
    dependencies = [("accounts", "0007_profile_check_limit")]
