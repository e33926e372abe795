






class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0006_auto_20170504_0616'),
    ]
