













class Migration(migrations.Migration):
    dependencies = [
        ("api", "0121_fix_legacy_timezones_ii"),
    ]
