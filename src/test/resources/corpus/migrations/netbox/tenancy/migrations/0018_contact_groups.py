











class Migration(migrations.Migration):

    dependencies = [
        ('tenancy', '0017_natural_ordering'),
    ]
