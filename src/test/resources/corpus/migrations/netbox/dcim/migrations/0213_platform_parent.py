




class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0212_interface_tx_power_negative'),
    ]
