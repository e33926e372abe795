





















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0081_channel_last_notify"),
    ]
