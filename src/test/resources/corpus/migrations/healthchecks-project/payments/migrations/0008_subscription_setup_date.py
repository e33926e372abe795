




class Migration(migrations.Migration):
    dependencies = [
        ("payments", "0007_auto_20200727_1430"),
    ]
