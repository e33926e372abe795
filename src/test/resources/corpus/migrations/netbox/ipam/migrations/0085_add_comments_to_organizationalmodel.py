




class Migration(migrations.Migration):

    dependencies = [
        ('ipam', '0084_owner'),
    ]
