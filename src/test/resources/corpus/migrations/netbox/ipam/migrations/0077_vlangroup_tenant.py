





class Migration(migrations.Migration):

    dependencies = [
        ('ipam', '0076_natural_ordering'),
        ('tenancy', '0017_natural_ordering'),
    ]
