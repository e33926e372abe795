




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0091_alter_check_filter_body"),
    ]
