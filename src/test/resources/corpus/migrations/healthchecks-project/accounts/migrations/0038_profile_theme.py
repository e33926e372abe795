




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0037_profile_tz"),
    ]
