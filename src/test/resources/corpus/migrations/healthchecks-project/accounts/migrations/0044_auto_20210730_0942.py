




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0043_add_role_manager"),
    ]
