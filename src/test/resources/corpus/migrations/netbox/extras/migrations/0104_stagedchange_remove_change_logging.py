




class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0103_gfk_indexes'),
    ]
