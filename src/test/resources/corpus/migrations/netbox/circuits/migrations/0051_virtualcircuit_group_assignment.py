


















class Migration(migrations.Migration):

    dependencies = [
        ('circuits', '0050_virtual_circuits'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('extras', '0122_charfield_null_choices'),
    ]
