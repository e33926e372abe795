




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0186_location_facility'),
    ]
