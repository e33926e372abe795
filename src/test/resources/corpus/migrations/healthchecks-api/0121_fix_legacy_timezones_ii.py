

















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0120_fix_ping_kind"),
    ]
