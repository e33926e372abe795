




class Migration(migrations.Migration):

    dependencies = [
        ('basket', '0008_auto_20181115_1953'),
    ]
