




class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0017_auto_20190816_0938'),
    ]
