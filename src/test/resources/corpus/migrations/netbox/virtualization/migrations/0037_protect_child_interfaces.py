





class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0023_squashed_0036'),
    ]
