












class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0121_customfield_related_object_filter'),
    ]
