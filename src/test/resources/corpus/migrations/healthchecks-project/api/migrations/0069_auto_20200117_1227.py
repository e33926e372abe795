





class Migration(migrations.Migration):
    dependencies = [
        ("api", "0068_auto_20200117_1023"),
    ]
