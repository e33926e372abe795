


class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0197_natural_sort_collation'),
    ]
