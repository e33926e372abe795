




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0029_remove_profile_current_project"),
    ]
