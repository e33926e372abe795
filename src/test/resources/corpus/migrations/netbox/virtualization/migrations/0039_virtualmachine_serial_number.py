


class Migration(migrations.Migration):
    dependencies = [
        ('virtualization', '0038_virtualdisk'),
    ]
