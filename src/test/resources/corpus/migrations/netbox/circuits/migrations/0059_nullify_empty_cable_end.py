














class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0058_clear_stale_cable_profile_data'),
    ]
