




class Migration(migrations.Migration):

    dependencies = [
        ('wishlists', '0002_auto_20160111_1108'),
    ]
