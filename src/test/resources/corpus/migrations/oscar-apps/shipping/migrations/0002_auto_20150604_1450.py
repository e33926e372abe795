





class Migration(migrations.Migration):

    dependencies = [
        ('shipping', '0001_initial'),
    ]
