




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0069_auto_20200117_1227"),
    ]
