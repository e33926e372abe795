




class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('users', '0002_squashed_0004'),
    ]
