


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0023_datasource_sync_permission'),
    ]
