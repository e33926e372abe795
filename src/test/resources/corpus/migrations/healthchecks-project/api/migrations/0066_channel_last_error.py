




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0065_auto_20191127_1240"),
    ]
