





















class Migration(migrations.Migration):
    dependencies = [
        ('ipam', '0069_gfk_indexes'),
    ]
