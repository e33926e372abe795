














class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0122_charfield_null_choices'),
    ]
