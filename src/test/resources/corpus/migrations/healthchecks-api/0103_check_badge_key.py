




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0102_alter_check_kind"),
    ]
