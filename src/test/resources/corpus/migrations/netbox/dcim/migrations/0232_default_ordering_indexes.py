



class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('dcim', '0231_interface_rf_channel_frequency_precision'),
        ('extras', '0136_customfield_validation_schema'),
        ('ipam', '0088_rename_vlangroup_total_vlan_ids'),
        ('tenancy', '0023_add_mptt_tree_indexes'),
        ('users', '0015_owner'),
        ('virtualization', '0054_virtualmachinetype'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
