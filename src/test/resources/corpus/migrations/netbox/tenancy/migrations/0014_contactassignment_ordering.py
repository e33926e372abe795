




class Migration(migrations.Migration):
    dependencies = [
        ('tenancy', '0013_gfk_indexes'),
    ]
