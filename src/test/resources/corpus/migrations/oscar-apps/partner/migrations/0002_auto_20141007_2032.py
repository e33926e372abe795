






class Migration(migrations.Migration):

    dependencies = [
        ('partner', '0001_initial'),
    ]
