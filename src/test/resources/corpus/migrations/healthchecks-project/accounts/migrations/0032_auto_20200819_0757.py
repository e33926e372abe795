




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0031_auto_20200803_1413"),
    ]
