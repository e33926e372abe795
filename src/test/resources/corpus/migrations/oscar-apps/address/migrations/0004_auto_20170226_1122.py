






class Migration(migrations.Migration):

    dependencies = [
        ('address', '0003_auto_20150927_1551'),
    ]
