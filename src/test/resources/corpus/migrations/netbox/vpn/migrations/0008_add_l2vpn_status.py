


class Migration(migrations.Migration):

    dependencies = [
        ('vpn', '0007_natural_ordering'),
    ]
