























class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0089_default_ordering_indexes'),
    ]
