






class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0038_squashed_0042'),
    ]
