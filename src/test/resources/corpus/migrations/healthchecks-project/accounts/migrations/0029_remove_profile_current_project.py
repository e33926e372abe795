




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0028_auto_20191119_1346"),
    ]
