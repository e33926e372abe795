












class Migration(migrations.Migration):

    dependencies = [
        ('address', '0001_initial'),
    ]
