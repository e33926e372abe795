




class Migration(migrations.Migration):

    dependencies = [
        ('circuits', '0054_cable_connector_positions'),
    ]
