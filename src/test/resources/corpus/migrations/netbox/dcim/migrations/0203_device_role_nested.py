






class Migration(migrations.Migration):

    dependencies = [
        ('dcim', '0203_add_rack_outer_height'),
    ]
