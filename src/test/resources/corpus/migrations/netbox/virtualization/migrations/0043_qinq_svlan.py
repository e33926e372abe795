



class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0075_vlan_qinq'),
        ('virtualization', '0042_vminterface_vlan_translation_policy'),
    ]
