



class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0222_port_mappings'),
    ]
