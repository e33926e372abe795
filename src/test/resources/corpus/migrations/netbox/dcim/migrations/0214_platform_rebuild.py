
















class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0213_platform_parent'),
    ]
