


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0013_job_data_encoder'),
    ]
