

















class Migration(migrations.Migration):
    dependencies = [
        ('users', '0008_flip_objectpermission_assignments'),
    ]
