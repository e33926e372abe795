




class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_profile_current_team")]
