






class Migration(migrations.Migration):
    dependencies = [
        ("api", "0115_flip_api_flip_owner_created"),
    ]
