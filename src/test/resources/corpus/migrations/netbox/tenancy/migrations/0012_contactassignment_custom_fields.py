






class Migration(migrations.Migration):
    dependencies = [
        ('tenancy', '0002_squashed_0011'),
    ]
