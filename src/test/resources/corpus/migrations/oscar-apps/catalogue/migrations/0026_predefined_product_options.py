





class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0025_attribute_code_uniquetogether_constraint'),
    ]
