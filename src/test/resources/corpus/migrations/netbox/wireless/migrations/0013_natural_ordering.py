


class Migration(migrations.Migration):
    dependencies = [
        ('wireless', '0012_alter_wirelesslan__location_and_more'),
        ('dcim', '0197_natural_sort_collation'),
    ]
