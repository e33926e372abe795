



class Migration(migrations.Migration):

    dependencies = [
        ('core', '0012_job_object_type_optional'),
    ]
