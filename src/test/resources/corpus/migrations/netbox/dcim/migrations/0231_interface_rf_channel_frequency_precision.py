


class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0230_devicebay_modulebay_enabled'),
    ]
