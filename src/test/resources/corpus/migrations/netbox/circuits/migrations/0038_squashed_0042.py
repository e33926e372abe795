






class Migration(migrations.Migration):
    replaces = [
        ('circuits', '0038_cabling_cleanup'),
        ('circuits', '0039_unique_constraints'),
        ('circuits', '0040_provider_remove_deprecated_fields'),
        ('circuits', '0041_standardize_description_comments'),
        ('circuits', '0042_provideraccount'),
    ]

    dependencies = [
        ('circuits', '0003_squashed_0037'),
        ('dcim', '0160_squashed_0166'),
    ]
