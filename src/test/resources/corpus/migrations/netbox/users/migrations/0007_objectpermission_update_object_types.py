




class Migration(migrations.Migration):
    dependencies = [
        ('core', '0010_gfk_indexes'),
        ('users', '0006_custom_group_model'),
    ]
