


class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0134_owner'),
    ]
