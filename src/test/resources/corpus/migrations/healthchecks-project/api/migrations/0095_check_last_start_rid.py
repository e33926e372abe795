




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0094_ping_rid_alter_channel_kind"),
    ]
