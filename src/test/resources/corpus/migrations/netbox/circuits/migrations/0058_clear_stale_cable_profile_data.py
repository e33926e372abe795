





















class Migration(migrations.Migration):
    dependencies = [
        ('circuits', '0057_default_ordering_indexes'),
    ]
