




class Migration(migrations.Migration):

    dependencies = [
        ('virtualization', '0050_virtualmachine_start_on_boot'),
    ]
