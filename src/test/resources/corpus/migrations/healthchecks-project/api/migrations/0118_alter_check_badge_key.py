






class Migration(migrations.Migration):
    dependencies = [
        ("api", "0117_fill_badge_key"),
    ]
