

























class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0234_cablepath_nodes_index'),
        ('circuits', '0057_default_ordering_indexes'),
    ]
