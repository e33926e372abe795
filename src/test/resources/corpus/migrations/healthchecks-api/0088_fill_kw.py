























class Migration(migrations.Migration):
    dependencies = [
        ("api", "0087_check_failure_kw_check_filter_body_and_more"),
    ]
