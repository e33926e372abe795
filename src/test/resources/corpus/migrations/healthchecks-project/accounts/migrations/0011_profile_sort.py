




class Migration(migrations.Migration):
    dependencies = [("accounts", "0010_profile_team_limit")]
