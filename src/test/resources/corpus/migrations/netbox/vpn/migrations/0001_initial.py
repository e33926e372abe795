






class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('extras', '0099_cachedvalue_ordering'),
        ('ipam', '0054_squashed_0067'),
        ('tenancy', '0012_contactassignment_custom_fields'),
    ]
