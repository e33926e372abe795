





class Migration(migrations.Migration):
    replaces = [
        ('circuits', '0003_extend_tag_support'),
        ('circuits', '0004_rename_cable_peer'),
        ('circuits', '0032_provider_service_id'),
        ('circuits', '0033_standardize_id_fields'),
        ('circuits', '0034_created_datetimefield'),
        ('circuits', '0035_provider_asns'),
        ('circuits', '0036_circuit_termination_date_tags_custom_fields'),
        ('circuits', '0037_new_cabling_models'),
    ]

    dependencies = [
        ('ipam', '0047_squashed_0053'),
        ('extras', '0002_squashed_0059'),
        ('circuits', '0002_squashed_0029'),
    ]
