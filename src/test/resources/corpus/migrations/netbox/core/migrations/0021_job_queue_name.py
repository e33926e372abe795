




class Migration(migrations.Migration):

    dependencies = [
        ('core', '0020_owner'),
    ]
