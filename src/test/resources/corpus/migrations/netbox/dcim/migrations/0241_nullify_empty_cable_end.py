


























class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0240_clear_stale_cable_profile_data'),
    ]
