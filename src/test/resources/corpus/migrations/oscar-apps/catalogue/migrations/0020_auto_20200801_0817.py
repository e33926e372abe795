




class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0019_option_required'),
    ]
