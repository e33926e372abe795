




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0042_remove_member_rw"),
    ]
