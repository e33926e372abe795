



class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0239_add_portmapping_objectchange'),
        ('wireless', '0019_default_ordering_indexes'),
    ]
