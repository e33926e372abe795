
























class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0047_circuittermination__termination'),
    ]
