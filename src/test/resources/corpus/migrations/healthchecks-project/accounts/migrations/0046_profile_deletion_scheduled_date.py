




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0045_auto_20210908_1257"),
    ]
