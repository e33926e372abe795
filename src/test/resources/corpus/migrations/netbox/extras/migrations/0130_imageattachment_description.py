


class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0129_fix_script_paths'),
    ]
