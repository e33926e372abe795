


class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0132_configcontextprofile'),
    ]
