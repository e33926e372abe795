




class Migration(migrations.Migration):

    dependencies = [
        ('basket', '0011_json_basket_option'),
    ]
