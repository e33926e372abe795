


class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0124_remove_staging'),
    ]
