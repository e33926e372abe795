






class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0043_circuittype_color'),
        ('extras', '0119_notifications'),
        ('tenancy', '0015_contactassignment_rename_content_type'),
    ]
