


class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0046_alter_cluster__location_alter_cluster__region_and_more'),
        ('dcim', '0197_natural_sort_collation'),
    ]
