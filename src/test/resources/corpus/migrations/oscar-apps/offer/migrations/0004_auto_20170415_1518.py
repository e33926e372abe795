






class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0003_auto_20161120_1707'),
    ]
