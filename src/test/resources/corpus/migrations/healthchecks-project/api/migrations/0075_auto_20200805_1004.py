




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0074_auto_20200803_1411"),
    ]
