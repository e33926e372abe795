




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0080_fill_slug"),
    ]
