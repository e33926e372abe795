




class Migration(migrations.Migration):

    dependencies = [
        ('order', '0009_surcharge'),
    ]
