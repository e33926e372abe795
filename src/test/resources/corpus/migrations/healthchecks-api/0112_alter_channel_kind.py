




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0111_alter_channel_kind"),
    ]
