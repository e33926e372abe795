













class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0190_nested_modules'),
    ]
