




class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0104_stagedchange_remove_change_logging'),
    ]
