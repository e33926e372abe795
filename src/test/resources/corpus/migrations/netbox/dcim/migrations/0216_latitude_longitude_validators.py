





class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0215_rackreservation_status'),
    ]
