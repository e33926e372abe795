


class Migration(migrations.Migration):
    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('dcim', '0224_add_comments_to_organizationalmodel'),
        ('extras', '0134_owner'),
        ('users', '0015_owner'),
    ]
