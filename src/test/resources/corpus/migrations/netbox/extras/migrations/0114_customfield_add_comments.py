




class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0113_customfield_rename_object_type'),
    ]
