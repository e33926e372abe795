




class Migration(migrations.Migration):
    dependencies = [("accounts", "0008_profile_bill_to")]
