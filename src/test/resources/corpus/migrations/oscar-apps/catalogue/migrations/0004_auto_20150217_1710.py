





class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0003_data_migration_slugs'),
    ]
