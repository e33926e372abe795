














class Migration(migrations.Migration):
    dependencies = [
        ("api", "0105_alter_notification_code"),
    ]
