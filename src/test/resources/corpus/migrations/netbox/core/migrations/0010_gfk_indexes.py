




class Migration(migrations.Migration):
    dependencies = [
        ('core', '0009_configrevision'),
    ]
