


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0014_datasource_sync_interval'),
    ]
