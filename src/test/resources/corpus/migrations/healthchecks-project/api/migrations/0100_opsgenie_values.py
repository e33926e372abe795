




















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0099_alter_channel_disabled"),
    ]
