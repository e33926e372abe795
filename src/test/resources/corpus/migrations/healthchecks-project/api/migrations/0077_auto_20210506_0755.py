




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0076_auto_20201128_0951"),
    ]
