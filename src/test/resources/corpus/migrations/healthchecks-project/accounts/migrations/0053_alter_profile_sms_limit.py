




class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0052_remove_profile_team_limit'),
    ]
