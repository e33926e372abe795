






class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0091_alter_service_index_and_ordering'),
    ]
