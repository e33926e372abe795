




class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0031_productcategoryhierarchy"),
    ]
