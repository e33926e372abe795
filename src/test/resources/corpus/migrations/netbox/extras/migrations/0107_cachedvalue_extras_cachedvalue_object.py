




class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0106_bookmark_user_cascade_deletion'),
    ]
