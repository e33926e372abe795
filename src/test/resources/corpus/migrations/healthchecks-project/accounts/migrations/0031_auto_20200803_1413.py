




class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0030_member_transfer_request_date"),
    ]
