







class Migration(migrations.Migration):
    replaces = [
        ('wireless', '0001_wireless'),
        ('wireless', '0002_standardize_id_fields'),
        ('wireless', '0003_created_datetimefield'),
        ('wireless', '0004_wireless_tenancy'),
        ('wireless', '0005_wirelesslink_interface_types'),
        ('wireless', '0006_unique_constraints'),
        ('wireless', '0007_standardize_description_comments'),
        ('wireless', '0008_wirelesslan_status'),
    ]

    dependencies = [
        ('ipam', '0002_squashed_0046'),
        ('tenancy', '0002_squashed_0011'),
        ('extras', '0002_squashed_0059'),
        ('dcim', '0003_squashed_0130'),
    ]
