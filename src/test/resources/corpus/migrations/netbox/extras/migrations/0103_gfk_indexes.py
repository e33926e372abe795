




class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0102_move_configrevision'),
    ]
