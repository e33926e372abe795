





class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0001_initial'),
    ]
