











class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0007_conditionaloffer_exclusive'),
        ('voucher', '0003_auto_20171212_0411'),
    ]
