




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0089_remove_check_subject_remove_check_subject_fail"),
    ]
