


class Migration(migrations.Migration):

    dependencies = [
        ('circuits', '0051_virtualcircuit_group_assignment'),
    ]
