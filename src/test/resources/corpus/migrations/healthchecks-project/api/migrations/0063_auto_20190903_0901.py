




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0062_auto_20190720_1350"),
    ]
