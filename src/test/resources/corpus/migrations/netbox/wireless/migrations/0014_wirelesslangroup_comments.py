


class Migration(migrations.Migration):

    dependencies = [
        ('wireless', '0013_natural_ordering'),
    ]
