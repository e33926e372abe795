




class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0206_load_module_type_profiles'),
    ]
