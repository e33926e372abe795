



class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0133_make_cf_minmax_decimal'),
        ('users', '0015_owner'),
    ]
