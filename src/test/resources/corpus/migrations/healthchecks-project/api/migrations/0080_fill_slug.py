
















class Migration(migrations.Migration):
    dependencies = [
        ("api", "0079_auto_20210907_0918"),
    ]
