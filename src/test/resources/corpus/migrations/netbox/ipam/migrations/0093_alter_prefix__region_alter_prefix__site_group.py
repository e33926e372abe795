



class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0239_add_portmapping_objectchange'),
        ('ipam', '0092_iprange_host_indexes'),
    ]
