




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0097_alter_channel_kind"),
    ]
