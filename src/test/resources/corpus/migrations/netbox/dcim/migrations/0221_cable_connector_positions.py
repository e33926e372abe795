




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0220_cable_profile'),
    ]
