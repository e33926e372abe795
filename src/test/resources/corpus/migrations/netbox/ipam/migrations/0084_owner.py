



class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0083_vlangroup_populate_total_vlan_ids'),
        ('users', '0015_owner'),
    ]
