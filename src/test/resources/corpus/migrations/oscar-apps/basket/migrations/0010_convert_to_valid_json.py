





























class Migration(migrations.Migration):

    replaces = [
        ('basket', '0010_json_basket_option')
    ]

    dependencies = [
        ('basket', '0009_line_date_updated'),
    ]
