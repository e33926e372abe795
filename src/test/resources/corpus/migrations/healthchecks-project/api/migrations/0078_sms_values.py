























class Migration(migrations.Migration):
    dependencies = [
        ("api", "0077_auto_20210506_0755"),
    ]
