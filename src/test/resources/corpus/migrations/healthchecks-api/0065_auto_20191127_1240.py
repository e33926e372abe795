




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0064_auto_20191119_1346"),
    ]
