






class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0005_auto_20170423_1217'),
    ]
