













class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0101_eventrule'),
    ]
