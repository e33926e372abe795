




class Migration(migrations.Migration):

    dependencies = [
        ('voucher', '0009_make_voucher_names_unique'),
    ]
