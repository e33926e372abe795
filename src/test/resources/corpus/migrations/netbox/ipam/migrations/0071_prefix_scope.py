



















class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('ipam', '0070_vlangroup_vlan_id_ranges'),
    ]
