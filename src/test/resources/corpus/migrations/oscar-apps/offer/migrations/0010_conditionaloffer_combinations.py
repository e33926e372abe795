




class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0009_auto_20200801_0817'),
    ]
