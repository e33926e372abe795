




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0090_alter_check_filter_subject"),
    ]
