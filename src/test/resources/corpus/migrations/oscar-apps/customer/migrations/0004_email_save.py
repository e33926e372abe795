








class Migration(migrations.Migration):

    dependencies = [
        ('customer', '0003_update_email_length'),
    ]
