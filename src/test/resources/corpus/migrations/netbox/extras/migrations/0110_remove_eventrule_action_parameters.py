


class Migration(migrations.Migration):
    dependencies = [
        ('extras', '0109_script_model'),
    ]
