




class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0134_owner'),
        ('tenancy', '0022_add_comments_to_organizationalmodel'),
        ('users', '0015_owner'),
    ]
