


class Migration(migrations.Migration):

    dependencies = [
        ('virtualization', '0055_default_ordering_indexes'),
    ]
