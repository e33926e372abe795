


class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0232_default_ordering_indexes'),
    ]
