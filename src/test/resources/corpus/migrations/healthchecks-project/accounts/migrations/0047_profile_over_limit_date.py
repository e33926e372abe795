




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0046_profile_deletion_scheduled_date"),
    ]
