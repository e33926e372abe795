



























class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0119_notifications'),
    ]
