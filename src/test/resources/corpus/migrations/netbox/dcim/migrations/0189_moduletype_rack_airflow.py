


class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0188_racktype'),
    ]
