










class Migration(migrations.Migration):
    replaces = [
        ('ipam', '0054_vlangroup_min_max_vids'),
        ('ipam', '0055_servicetemplate'),
        ('ipam', '0056_standardize_id_fields'),
        ('ipam', '0057_created_datetimefield'),
        ('ipam', '0058_ipaddress_nat_inside_nonunique'),
        ('ipam', '0059_l2vpn'),
        ('ipam', '0060_alter_l2vpn_slug'),
        ('ipam', '0061_fhrpgroup_name'),
        ('ipam', '0062_unique_constraints'),
        ('ipam', '0063_standardize_description_comments'),
        ('ipam', '0064_clear_search_cache'),
        ('ipam', '0065_asnrange'),
        ('ipam', '0066_iprange_mark_utilized'),
        ('ipam', '0067_ipaddress_index_host'),
    ]

    dependencies = [
        ('tenancy', '0002_squashed_0011'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('extras', '0060_squashed_0086'),
        ('ipam', '0047_squashed_0053'),
        ('tenancy', '0002_squashed_0011'),
    ]
