



class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0052_extend_circuit_abs_distance_upper_limit'),
        ('users', '0015_owner'),
    ]
