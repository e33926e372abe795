






class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0001_initial'),
    ]
