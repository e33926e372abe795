





















class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0039_virtualmachine_serial_number'),
    ]
