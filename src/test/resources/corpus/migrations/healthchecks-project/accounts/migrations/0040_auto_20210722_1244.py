




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0039_remove_profile_reports_allowed"),
    ]
