





































class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0048_alter_profile_user"),
    ]
