



class Migration(migrations.Migration):

    dependencies = [
        ('users', '0013_user_remove_is_staff'),
    ]
