




class Migration(migrations.Migration):

    dependencies = [
        ('api', '0122_delete_msteams_linenotify'),
    ]
