




class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0024_remove_duplicate_attributes'),
    ]
