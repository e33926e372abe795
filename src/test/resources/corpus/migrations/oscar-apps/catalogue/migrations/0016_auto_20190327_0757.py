






class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0015_product_is_public'),
    ]
