






























class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0128_tableconfig'),
    ]
