


class Migration(migrations.Migration):
    dependencies = [
        ('users', '0011_concrete_objecttype'),
    ]
