




class Migration(migrations.Migration):
    dependencies = [
        ("offer", "0011_rangeproductfileupload_included"),
    ]
