




class Migration(migrations.Migration):

    dependencies = [
        ('extras', '0123_journalentry_kind_default'),
    ]
