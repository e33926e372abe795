















class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0040_auto_20210722_1244"),
    ]
