







class Migration(migrations.Migration):

    dependencies = [
        ('offer', '0004_auto_20170415_1518'),
    ]
