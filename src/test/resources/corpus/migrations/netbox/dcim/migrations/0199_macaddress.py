







class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0198_natural_ordering'),
        ('extras', '0122_charfield_null_choices'),
    ]
