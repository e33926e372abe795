







class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0002_update_email_length'),
    ]
