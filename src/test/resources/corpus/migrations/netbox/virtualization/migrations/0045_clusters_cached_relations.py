




















class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0044_cluster_scope'),
    ]
