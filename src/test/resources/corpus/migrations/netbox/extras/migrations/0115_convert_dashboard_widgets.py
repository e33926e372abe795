















class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0114_customfield_add_comments'),
    ]
