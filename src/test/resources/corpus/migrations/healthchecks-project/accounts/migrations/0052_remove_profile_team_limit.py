




class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0051_alter_profile_reports'),
    ]
