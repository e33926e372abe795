




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0185_gfk_indexes'),
    ]
