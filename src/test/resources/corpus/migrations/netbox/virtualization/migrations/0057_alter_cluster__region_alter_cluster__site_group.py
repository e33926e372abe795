



class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0239_add_portmapping_objectchange'),
        ('virtualization', '0056_virtualmachine_render_config_permission'),
    ]
