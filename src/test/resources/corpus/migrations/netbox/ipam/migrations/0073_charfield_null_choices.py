














class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0072_prefix_cached_relations'),
    ]
