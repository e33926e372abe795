




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0184_protect_child_interfaces'),
    ]
