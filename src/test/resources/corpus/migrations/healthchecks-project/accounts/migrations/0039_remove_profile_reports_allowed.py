




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0038_profile_theme"),
    ]
