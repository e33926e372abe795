




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0098_channel_last_notify_duration"),
    ]
