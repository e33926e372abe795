






class Migration(migrations.Migration):

    dependencies = [
        ('voucher', '0005_auto_20180402_1425'),
    ]
