


class Migration(migrations.Migration):
    dependencies = [
        ('users', '0007_objectpermission_update_object_types'),
    ]
