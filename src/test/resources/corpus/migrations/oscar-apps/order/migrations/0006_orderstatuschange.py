









class Migration(migrations.Migration):

    dependencies = [
        ('order', '0005_update_email_length'),
    ]
