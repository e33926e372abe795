







class Migration(migrations.Migration):

    dependencies = [
        ('customer', '0001_initial'),
    ]
