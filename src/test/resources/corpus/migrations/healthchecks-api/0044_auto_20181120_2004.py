



















class Migration(migrations.Migration):
    dependencies = [("api", "0043_channel_name")]
