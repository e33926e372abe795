


class Migration(migrations.Migration):

    dependencies = [
        ("dcim", "0238_alter_cable__abs_length"),
    ]
