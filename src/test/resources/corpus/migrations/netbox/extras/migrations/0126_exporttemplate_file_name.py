


class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0125_alter_tag_options_tag_weight'),
    ]
