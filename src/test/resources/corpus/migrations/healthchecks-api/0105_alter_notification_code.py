






class Migration(migrations.Migration):
    dependencies = [
        ("api", "0104_fill_notification_code"),
    ]
