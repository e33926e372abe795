




class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0020_drop_celery_results"),
    ]
