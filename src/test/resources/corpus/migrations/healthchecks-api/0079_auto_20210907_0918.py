




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0078_sms_values"),
    ]
