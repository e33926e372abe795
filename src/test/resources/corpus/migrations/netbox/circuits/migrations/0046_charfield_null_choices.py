
















class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0045_circuit_distance'),
    ]
