




class Migration(migrations.Migration):
    dependencies = [
        ('core', '0001_squashed_0005'),
    ]
