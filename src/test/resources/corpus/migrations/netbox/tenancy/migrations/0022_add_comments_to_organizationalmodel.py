




class Migration(migrations.Migration):

    dependencies = [
        ('tenancy', '0021_owner'),
    ]
