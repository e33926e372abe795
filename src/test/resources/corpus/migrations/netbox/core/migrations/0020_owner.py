



class Migration(migrations.Migration):
    dependencies = [
        ('core', '0019_configrevision_active'),
        ('users', '0015_owner'),
    ]
