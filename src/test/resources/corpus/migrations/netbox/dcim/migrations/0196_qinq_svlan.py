



class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0195_interface_vlan_translation_policy'),
        ('ipam', '0075_vlan_qinq'),
    ]
