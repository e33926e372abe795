




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0113_alter_channel_kind"),
    ]
