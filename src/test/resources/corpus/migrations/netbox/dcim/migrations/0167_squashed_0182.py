






class Migration(migrations.Migration):
    replaces = [
        ('dcim', '0167_module_status'),
        ('dcim', '0168_interface_template_enabled'),
        ('dcim', '0169_devicetype_default_platform'),
        ('dcim', '0170_configtemplate'),
        ('dcim', '0171_cabletermination_change_logging'),
        ('dcim', '0172_larger_power_draw_values'),
        ('dcim', '0173_remove_napalm_fields'),
        ('dcim', '0174_device_latitude_device_longitude'),
        ('dcim', '0174_rack_starting_unit'),
        ('dcim', '0175_device_oob_ip'),
        ('dcim', '0176_device_component_counters'),
        ('dcim', '0177_devicetype_component_counters'),
        ('dcim', '0178_virtual_chassis_member_counter'),
        ('dcim', '0179_interfacetemplate_rf_role'),
        ('dcim', '0180_powerfeed_tenant'),
        ('dcim', '0181_rename_device_role_device_role'),
        ('dcim', '0182_zero_length_cable_fix'),
    ]

    dependencies = [
        ('extras', '0060_squashed_0086'),
        ('tenancy', '0002_squashed_0011'),
        ('ipam', '0047_squashed_0053'),
        ('dcim', '0160_squashed_0166'),
    ]
