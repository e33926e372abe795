




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0072_auto_20200701_1007"),
    ]
