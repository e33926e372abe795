




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0044_auto_20210730_0942"),
    ]
