


class Migration(migrations.Migration):
    dependencies = [
        ('vpn', '0006_charfield_null_choices'),
        ('dcim', '0197_natural_sort_collation'),
    ]
