






class Migration(migrations.Migration):
    initial = True

    dependencies = []

    replaces = [
        ('circuits', '0001_initial'),
    ]
