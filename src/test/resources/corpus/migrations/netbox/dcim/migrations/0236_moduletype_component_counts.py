

































class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0235_cabletermination_circuit_site_cache'),
    ]
