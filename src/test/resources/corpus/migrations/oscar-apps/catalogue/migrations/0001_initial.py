













class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0001_initial'),
    ]
