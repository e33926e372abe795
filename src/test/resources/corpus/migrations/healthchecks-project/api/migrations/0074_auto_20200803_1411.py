




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0073_auto_20200721_1000"),
    ]
