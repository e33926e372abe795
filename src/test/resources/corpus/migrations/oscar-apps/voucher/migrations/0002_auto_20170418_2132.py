






class Migration(migrations.Migration):

    dependencies = [
        ('voucher', '0001_initial'),
    ]
