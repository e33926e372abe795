


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0016_job_log_entries'),
    ]
