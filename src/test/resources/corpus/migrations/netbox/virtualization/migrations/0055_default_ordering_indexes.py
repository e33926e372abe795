


class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0232_default_ordering_indexes'),
        ('extras', '0137_default_ordering_indexes'),
        ('ipam', '0089_default_ordering_indexes'),
        ('tenancy', '0024_default_ordering_indexes'),
        ('users', '0016_default_ordering_indexes'),
        ('virtualization', '0054_virtualmachinetype'),
    ]
