


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0022_default_ordering_indexes'),
    ]
