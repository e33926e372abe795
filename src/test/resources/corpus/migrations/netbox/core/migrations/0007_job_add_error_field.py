




class Migration(migrations.Migration):
    dependencies = [
        ('core', '0006_datasource_type_remove_choices'),
    ]
