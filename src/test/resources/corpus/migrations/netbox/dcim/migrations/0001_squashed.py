














class Migration(migrations.Migration):
    initial = True

    dependencies = []

    replaces = [
        ('dcim', '0001_initial'),
    ]
