

















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0106_fix_tz_kiev_kyiv"),
    ]
