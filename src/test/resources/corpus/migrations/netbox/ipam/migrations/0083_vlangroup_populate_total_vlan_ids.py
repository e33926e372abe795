


















class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0082_add_prefix_network_containment_indexes'),
    ]
