




class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0126_exporttemplate_file_name'),
    ]
