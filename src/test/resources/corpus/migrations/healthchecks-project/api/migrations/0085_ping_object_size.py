




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0084_ping_body_raw"),
    ]
