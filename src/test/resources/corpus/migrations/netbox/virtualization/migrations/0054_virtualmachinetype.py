












class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0053_virtualmachine_standalone_device_assignment'),
    ]
