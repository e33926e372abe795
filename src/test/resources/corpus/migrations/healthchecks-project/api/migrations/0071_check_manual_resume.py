




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0070_auto_20200411_1310"),
    ]
