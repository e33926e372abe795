





class Migration(migrations.Migration):

    dependencies = [
        ('wishlists', '0001_initial'),
    ]
