




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0067_last_error_values"),
    ]
