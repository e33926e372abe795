














class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0049_convert_email_lowercase"),
    ]
