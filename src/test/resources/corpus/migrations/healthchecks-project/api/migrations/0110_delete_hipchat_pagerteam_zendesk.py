
















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0109_remove_ping_body"),
    ]
