







class Migration(migrations.Migration):
    replaces = [
        ('virtualization', '0023_virtualmachine_natural_ordering'),
        ('virtualization', '0024_cluster_relax_uniqueness'),
        ('virtualization', '0025_extend_tag_support'),
        ('virtualization', '0026_vminterface_bridge'),
        ('virtualization', '0027_standardize_id_fields'),
        ('virtualization', '0028_vminterface_vrf'),
        ('virtualization', '0029_created_datetimefield'),
        ('virtualization', '0030_cluster_status'),
        ('virtualization', '0031_virtualmachine_site_device'),
        ('virtualization', '0032_virtualmachine_update_sites'),
        ('virtualization', '0033_unique_constraints'),
        ('virtualization', '0034_standardize_description_comments'),
        ('virtualization', '0035_virtualmachine_interface_count'),
        ('virtualization', '0036_virtualmachine_config_template'),
    ]

    dependencies = [
        ('dcim', '0003_squashed_0130'),
        ('extras', '0087_squashed_0098'),
        ('ipam', '0047_squashed_0053'),
        ('virtualization', '0001_squashed_0022'),
    ]
