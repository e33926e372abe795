












class Migration(migrations.Migration):
    replaces = [
        ('extras', '0060_customlink_button_class'),
        ('extras', '0061_extras_change_logging'),
        ('extras', '0062_clear_secrets_changelog'),
        ('extras', '0063_webhook_conditions'),
        ('extras', '0064_configrevision'),
        ('extras', '0065_imageattachment_change_logging'),
        ('extras', '0066_customfield_name_validation'),
        ('extras', '0067_customfield_min_max_values'),
        ('extras', '0068_configcontext_cluster_types'),
        ('extras', '0069_custom_object_field'),
        ('extras', '0070_customlink_enabled'),
        ('extras', '0071_standardize_id_fields'),
        ('extras', '0072_created_datetimefield'),
        ('extras', '0073_journalentry_tags_custom_fields'),
        ('extras', '0074_customfield_extensions'),
        ('extras', '0075_configcontext_locations'),
        ('extras', '0076_tag_slug_unicode'),
        ('extras', '0077_customlink_extend_text_and_url'),
        ('extras', '0078_unique_constraints'),
        ('extras', '0079_scheduled_jobs'),
        ('extras', '0080_customlink_content_types'),
        ('extras', '0081_exporttemplate_content_types'),
        ('extras', '0082_savedfilter'),
        ('extras', '0083_search'),
        ('extras', '0084_staging'),
        ('extras', '0085_synced_data'),
        ('extras', '0086_configtemplate'),
    ]

    dependencies = [
        ('virtualization', '0001_squashed_0022'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('core', '0001_squashed_0005'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wireless', '0001_squashed_0008'),
        ('dcim', '0160_squashed_0166'),
        ('tenancy', '0001_squashed_0012'),
        ('extras', '0002_squashed_0059'),
        ('circuits', '0038_squashed_0042'),
    ]
