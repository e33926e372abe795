















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0116_alter_check_badge_key"),
    ]
