




class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0020_auto_20200801_0817'),
    ]
