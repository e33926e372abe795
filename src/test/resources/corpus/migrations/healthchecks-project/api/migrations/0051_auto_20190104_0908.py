



















class Migration(migrations.Migration):
    dependencies = [("api", "0050_ping_kind")]
