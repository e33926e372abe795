




class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_profile_token")]
