




class Migration(migrations.Migration):

    dependencies = [
        ('voucher', '0002_auto_20170418_2132'),
    ]
