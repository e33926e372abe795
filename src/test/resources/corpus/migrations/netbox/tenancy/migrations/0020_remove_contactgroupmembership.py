


class Migration(migrations.Migration):

    dependencies = [
        ('tenancy', '0019_contactgroup_comments_tenantgroup_comments'),
    ]
