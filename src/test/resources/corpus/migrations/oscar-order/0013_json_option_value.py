





class Migration(migrations.Migration):

    dependencies = [
        ('order', '0012_convert_to_valid_json'),
    ]
