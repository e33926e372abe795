




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0027_profile_deletion_notice_date"),
    ]
