




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0112_alter_channel_kind"),
    ]
