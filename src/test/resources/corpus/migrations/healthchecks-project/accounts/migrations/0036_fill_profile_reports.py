















class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0035_profile_reports"),
    ]
