




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0036_fill_profile_reports"),
    ]
