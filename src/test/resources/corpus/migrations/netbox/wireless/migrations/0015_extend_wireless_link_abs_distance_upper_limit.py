


class Migration(migrations.Migration):

    dependencies = [
        ('wireless', '0014_wirelesslangroup_comments'),
    ]
