


class Migration(migrations.Migration):

    dependencies = [
        ("extras", "0139_alter_customfieldchoiceset_extra_choices"),
    ]
