




class Migration(migrations.Migration):

    dependencies = [
        ('users', '0009_update_group_perms'),
    ]
