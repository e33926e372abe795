




class Migration(migrations.Migration):

    dependencies = [
        ('order', '0013_json_option_value'),
    ]
