








































class Migration(migrations.Migration):


    dependencies = [
        ("catalogue", "0029_product_code"),
    ]
