


class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0201_add_power_outlet_status'),
    ]
