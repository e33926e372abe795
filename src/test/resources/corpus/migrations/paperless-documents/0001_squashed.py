














class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    replaces = [
        ("documents", "0001_initial"),
        ("documents", "0002_auto_20151226_1316"),
        ("documents", "0003_sender"),
        ("documents", "0004_auto_20160114_1844"),
        (
            "documents",
            "0004_auto_20160114_1844_squashed_0011_auto_20160303_1929",
        ),
        ("documents", "0005_auto_20160123_0313"),
        ("documents", "0006_auto_20160123_0430"),
        ("documents", "0007_auto_20160126_2114"),
        ("documents", "0008_document_file_type"),
        ("documents", "0009_auto_20160214_0040"),
        ("documents", "0010_log"),
        ("documents", "0011_auto_20160303_1929"),
        ("documents", "0012_auto_20160305_0040"),
        ("documents", "0013_auto_20160325_2111"),
        ("documents", "0014_document_checksum"),
        ("documents", "0015_add_insensitive_to_match"),
        (
            "documents",
            "0015_add_insensitive_to_match_squashed_0018_auto_20170715_1712",
        ),
        ("documents", "0016_auto_20170325_1558"),
        ("documents", "0017_auto_20170512_0507"),
        ("documents", "0018_auto_20170715_1712"),
        ("documents", "0019_add_consumer_user"),
        ("documents", "0020_document_added"),
        ("documents", "0021_document_storage_type"),
        ("documents", "0022_auto_20181007_1420"),
        ("documents", "0023_document_current_filename"),
        ("documents", "1000_update_paperless_all"),
        ("documents", "1001_auto_20201109_1636"),
        ("documents", "1002_auto_20201111_1105"),
        ("documents", "1003_mime_types"),
        ("documents", "1004_sanity_check_schedule"),
        ("documents", "1005_checksums"),
        ("documents", "1006_auto_20201208_2209"),
        (
            "documents",
            "1006_auto_20201208_2209_squashed_1011_auto_20210101_2340",
        ),
        ("documents", "1007_savedview_savedviewfilterrule"),
        ("documents", "1008_auto_20201216_1736"),
        ("documents", "1009_auto_20201216_2005"),
        ("documents", "1010_auto_20210101_2159"),
        ("documents", "1011_auto_20210101_2340"),
        ("documents", "1012_fix_archive_files"),
        ("documents", "1013_migrate_tag_colour"),
        ("documents", "1014_auto_20210228_1614"),
        ("documents", "1015_remove_null_characters"),
        ("documents", "1016_auto_20210317_1351"),
        (
            "documents",
            "1016_auto_20210317_1351_squashed_1020_merge_20220518_1839",
        ),
        ("documents", "1017_alter_savedviewfilterrule_rule_type"),
        ("documents", "1018_alter_savedviewfilterrule_value"),
        ("documents", "1019_storagepath_document_storage_path"),
        ("documents", "1019_uisettings"),
        ("documents", "1020_merge_20220518_1839"),
        ("documents", "1021_webp_thumbnail_conversion"),
        ("documents", "1022_paperlesstask"),
        (
            "documents",
            "1022_paperlesstask_squashed_1036_alter_savedviewfilterrule_rule_type",
        ),
        ("documents", "1023_add_comments"),
        ("documents", "1024_document_original_filename"),
        ("documents", "1025_alter_savedviewfilterrule_rule_type"),
        ("documents", "1026_transition_to_celery"),
        (
            "documents",
            "1027_remove_paperlesstask_attempted_task_and_more",
        ),
        (
            "documents",
            "1028_remove_paperlesstask_task_args_and_more",
        ),
        ("documents", "1029_alter_document_archive_serial_number"),
        ("documents", "1030_alter_paperlesstask_task_file_name"),
        (
            "documents",
            "1031_remove_savedview_user_correspondent_owner_and_more",
        ),
        (
            "documents",
            "1032_alter_correspondent_matching_algorithm_and_more",
        ),
        (
            "documents",
            "1033_alter_documenttype_options_alter_tag_options_and_more",
        ),
        ("documents", "1034_alter_savedviewfilterrule_rule_type"),
        ("documents", "1035_rename_comment_note"),
        ("documents", "1036_alter_savedviewfilterrule_rule_type"),
        ("documents", "1037_webp_encrypted_thumbnail_conversion"),
        ("documents", "1038_sharelink"),
        ("documents", "1039_consumptiontemplate"),
        (
            "documents",
            "1040_customfield_customfieldinstance_and_more",
        ),
        ("documents", "1041_alter_consumptiontemplate_sources"),
        (
            "documents",
            "1042_consumptiontemplate_assign_custom_fields_and_more",
        ),
        ("documents", "1043_alter_savedviewfilterrule_rule_type"),
        (
            "documents",
            "1044_workflow_workflowaction_workflowtrigger_and_more",
        ),
        (
            "documents",
            "1045_alter_customfieldinstance_value_monetary",
        ),
        (
            "documents",
            "1045_alter_customfieldinstance_value_monetary_squashed_1049_document_deleted_at_document_restored_at",
        ),
        (
            "documents",
            "1046_workflowaction_remove_all_correspondents_and_more",
        ),
        ("documents", "1047_savedview_display_mode_and_more"),
        ("documents", "1048_alter_savedviewfilterrule_rule_type"),
        (
            "documents",
            "1049_document_deleted_at_document_restored_at",
        ),
        ("documents", "1050_customfield_extra_data_and_more"),
        (
            "documents",
            "1051_alter_correspondent_owner_alter_document_owner_and_more",
        ),
        ("documents", "1052_document_transaction_id"),
        ("documents", "1053_document_page_count"),
        (
            "documents",
            "1054_customfieldinstance_value_monetary_amount_and_more",
        ),
        ("documents", "1055_alter_storagepath_path"),
        (
            "documents",
            "1056_customfieldinstance_deleted_at_and_more",
        ),
        ("documents", "1057_paperlesstask_owner"),
        (
            "documents",
            "1058_workflowtrigger_schedule_date_custom_field_and_more",
        ),
        (
            "documents",
            "1059_workflowactionemail_workflowactionwebhook_and_more",
        ),
        (
            "documents",
            "1060_alter_customfieldinstance_value_select",
        ),
        ("documents", "1061_workflowactionwebhook_as_json"),
        ("documents", "1062_alter_savedviewfilterrule_rule_type"),
        (
            "documents",
            "1063_paperlesstask_type_alter_paperlesstask_task_name_and_more",
        ),
        ("documents", "1064_delete_log"),
        (
            "documents",
            "1065_workflowaction_assign_custom_fields_values",
        ),
        (
            "documents",
            "1066_alter_workflowtrigger_schedule_offset_days",
        ),
        ("documents", "1067_alter_document_created"),
        ("documents", "1068_alter_document_created"),
        (
            "documents",
            "1069_workflowtrigger_filter_has_storage_path_and_more",
        ),
        (
            "documents",
            "1070_customfieldinstance_value_long_text_and_more",
        ),
        (
            "documents",
            "1071_tag_tn_ancestors_count_tag_tn_ancestors_pks_and_more",
        ),
        (
            "documents",
            "1072_workflowtrigger_filter_custom_field_query_and_more",
        ),
        ("documents", "1073_migrate_workflow_title_jinja"),
        (
            "documents",
            "1074_workflowrun_deleted_at_workflowrun_restored_at_and_more",
        ),
    ]
