





class Migration(migrations.Migration):
    dependencies = [
        ("api", "0061_webhook_values"),
    ]
