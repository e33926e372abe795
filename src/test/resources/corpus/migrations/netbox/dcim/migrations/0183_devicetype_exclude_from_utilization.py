




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0167_squashed_0182'),
    ]
