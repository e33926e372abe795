



















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0107_fix_legacy_timezones"),
    ]
