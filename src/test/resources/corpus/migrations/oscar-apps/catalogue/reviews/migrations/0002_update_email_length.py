






class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0001_initial'),
    ]
