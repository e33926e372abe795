




class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0044_circuit_groups'),
    ]
