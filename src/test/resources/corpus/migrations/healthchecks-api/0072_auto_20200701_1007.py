





class Migration(migrations.Migration):
    dependencies = [
        ("api", "0071_check_manual_resume"),
    ]
