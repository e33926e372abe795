




class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0050_fix_legacy_timezones"),
    ]
