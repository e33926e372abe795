




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0041_fill_role"),
    ]
