












class Migration(migrations.Migration):
    dependencies = [
        ("api", "0119_check_filter_default_fail_check_filter_http_body_and_more"),
    ]
