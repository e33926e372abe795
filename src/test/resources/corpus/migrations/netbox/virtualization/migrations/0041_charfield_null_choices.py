












class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0040_convert_disk_size'),
    ]
