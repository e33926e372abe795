


class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0229_cable_bundle'),
    ]
