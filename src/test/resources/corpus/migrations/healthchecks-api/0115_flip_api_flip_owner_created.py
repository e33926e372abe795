




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0114_flip_reason"),
    ]
