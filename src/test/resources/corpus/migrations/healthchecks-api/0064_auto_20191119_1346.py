




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0063_auto_20190903_0901"),
    ]
