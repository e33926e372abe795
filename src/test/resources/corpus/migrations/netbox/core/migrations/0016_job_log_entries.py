






class Migration(migrations.Migration):

    dependencies = [
        ('core', '0015_remove_redundant_indexes'),
    ]
