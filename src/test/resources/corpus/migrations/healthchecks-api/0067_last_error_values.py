
























class Migration(migrations.Migration):
    dependencies = [
        ("api", "0066_channel_last_error"),
    ]
