




class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0223_frontport_positions'),
    ]
