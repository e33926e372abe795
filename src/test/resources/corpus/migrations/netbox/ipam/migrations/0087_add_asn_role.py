





class Migration(migrations.Migration):

    dependencies = [
        ('ipam', '0086_gfk_indexes'),
    ]
