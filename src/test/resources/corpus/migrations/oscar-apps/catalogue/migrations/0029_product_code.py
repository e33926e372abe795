




class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0028_product_priority"),
    ]
