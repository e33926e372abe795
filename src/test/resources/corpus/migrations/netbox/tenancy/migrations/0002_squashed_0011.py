







class Migration(migrations.Migration):
    replaces = [
        ('tenancy', '0002_tenant_ordering'),
        ('tenancy', '0003_contacts'),
        ('tenancy', '0004_extend_tag_support'),
        ('tenancy', '0005_standardize_id_fields'),
        ('tenancy', '0006_created_datetimefield'),
        ('tenancy', '0007_contact_link'),
        ('tenancy', '0008_unique_constraints'),
        ('tenancy', '0009_standardize_description_comments'),
        ('tenancy', '0010_tenant_relax_uniqueness'),
        ('tenancy', '0011_contactassignment_tags'),
    ]

    dependencies = [
        ('extras', '0002_squashed_0059'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('tenancy', '0001_squashed_0012'),
    ]
