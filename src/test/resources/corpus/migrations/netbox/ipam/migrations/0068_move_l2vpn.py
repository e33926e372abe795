















class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0054_squashed_0067'),
    ]
