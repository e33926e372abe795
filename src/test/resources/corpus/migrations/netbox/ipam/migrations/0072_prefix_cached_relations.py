




















class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0193_poweroutlet_color'),
        ('ipam', '0071_prefix_scope'),
    ]
