




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0101_alter_channel_kind"),
    ]
