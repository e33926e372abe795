




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0083_channel_disabled"),
    ]
