




























































































































class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0001_initial"),
        ("catalogue", "0001_initial"),
        ("communication", "0001_initial"),
        ("customer", "0007_auto_20200801_0817"),
        ("flatpages", "0001_initial"),
        ("offer", "0001_initial"),
        ("offer", "0001_initial"),
        ("order", "0001_initial"),
        ("partner", "0001_initial"),
        ("reviews", "0001_initial"),
        ("voucher", "0001_initial"),
    ]
