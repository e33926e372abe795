






class Migration(migrations.Migration):
    replaces = [
        ('users', '0002_standardize_id_fields'),
        ('users', '0003_token_allowed_ips_last_used'),
        ('users', '0004_netboxgroup_netboxuser'),
    ]

    dependencies = [
        ('users', '0001_squashed_0011'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]
