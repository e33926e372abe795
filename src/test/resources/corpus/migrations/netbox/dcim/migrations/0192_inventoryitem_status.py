




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0191_module_bay_rebuild'),
    ]
