




class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0134_owner'),
        ('users', '0015_owner'),
        ('wireless', '0017_gfk_indexes'),
    ]
