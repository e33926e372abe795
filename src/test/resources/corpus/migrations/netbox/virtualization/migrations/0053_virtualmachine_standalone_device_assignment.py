



class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0229_cable_bundle'),
        ('extras', '0135_configtemplate_debug'),
        ('ipam', '0088_rename_vlangroup_total_vlan_ids'),
        ('tenancy', '0023_add_mptt_tree_indexes'),
        ('users', '0015_owner'),
        ('virtualization', '0052_gfk_indexes'),
    ]
