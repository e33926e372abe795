






class Migration(migrations.Migration):

    dependencies = [
        ('order', '0001_initial'),
    ]
