


class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0117_move_objectchange'),
    ]
