













class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0107_cachedvalue_extras_cachedvalue_object'),
    ]
