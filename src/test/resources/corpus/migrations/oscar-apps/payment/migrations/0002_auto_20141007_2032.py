






class Migration(migrations.Migration):

    dependencies = [
        ('payment', '0001_initial'),
    ]
