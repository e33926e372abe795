

















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0103_check_badge_key"),
    ]
