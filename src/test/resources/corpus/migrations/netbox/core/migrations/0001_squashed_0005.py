








class Migration(migrations.Migration):
    replaces = [
        ('core', '0001_initial'),
        ('core', '0002_managedfile'),
        ('core', '0003_job'),
        ('core', '0004_replicate_jobresults'),
        ('core', '0005_job_created_auto_now'),
    ]

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('extras', '0002_squashed_0059'),
    ]
