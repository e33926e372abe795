





class Migration(migrations.Migration):

    dependencies = [
        ('address', '0002_auto_20150927_1547'),
    ]
