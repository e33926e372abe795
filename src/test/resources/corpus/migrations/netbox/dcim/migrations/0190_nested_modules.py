




class Migration(migrations.Migration):
    dependencies = [
        ('dcim', '0189_moduletype_rack_airflow'),
        ('extras', '0121_customfield_related_object_filter'),
    ]
