





class Migration(migrations.Migration):

    dependencies = [
        ('communication', '0002_reset_table_names'),
    ]
