








class Migration(migrations.Migration):
    replaces = [
        ('ipam', '0047_prefix_depth_children'),
        ('ipam', '0048_prefix_populate_depth_children'),
        ('ipam', '0049_prefix_mark_utilized'),
        ('ipam', '0050_iprange'),
        ('ipam', '0051_extend_tag_support'),
        ('ipam', '0052_fhrpgroup'),
        ('ipam', '0053_asn_model'),
    ]

    dependencies = [
        ('ipam', '0002_squashed_0046'),
        ('tenancy', '0001_squashed_0012'),
        ('extras', '0002_squashed_0059'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]
