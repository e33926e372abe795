





class Migration(migrations.Migration):

    dependencies = [
        ('basket', '0010_convert_to_valid_json'),
    ]
