


class Migration(migrations.Migration):
    dependencies = [
        ('core', '0008_contenttype_proxy'),
    ]
