




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0096_check_start_kw_alter_channel_kind"),
    ]
