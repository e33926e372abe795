






class Migration(migrations.Migration):
    replaces = [
        ('dcim', '0160_populate_cable_ends'),
        ('dcim', '0161_cabling_cleanup'),
        ('dcim', '0162_unique_constraints'),
        ('dcim', '0163_weight_fields'),
        ('dcim', '0164_rack_mounting_depth'),
        ('dcim', '0165_standardize_description_comments'),
        ('dcim', '0166_virtualdevicecontext'),
    ]

    dependencies = [
        ('ipam', '0047_squashed_0053'),
        ('tenancy', '0001_squashed_0012'),
        ('circuits', '0003_squashed_0037'),
        ('dcim', '0131_squashed_0159'),
    ]
