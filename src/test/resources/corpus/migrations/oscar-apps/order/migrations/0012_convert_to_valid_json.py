





























class Migration(migrations.Migration):

    replaces = [
        ('order', '0012_json_option_value')
    ]

    dependencies = [
        ('order', '0011_auto_20200801_0817'),
    ]
