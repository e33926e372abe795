




class Migration(migrations.Migration):
    dependencies = [
        ('wireless', '0001_squashed_0008'),
    ]
