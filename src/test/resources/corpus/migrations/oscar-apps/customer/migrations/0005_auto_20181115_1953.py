




class Migration(migrations.Migration):

    dependencies = [
        ('customer', '0004_email_save'),
    ]
