




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0088_fill_kw"),
    ]
