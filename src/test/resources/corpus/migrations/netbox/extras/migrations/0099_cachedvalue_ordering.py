




class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0087_squashed_0098'),
    ]
