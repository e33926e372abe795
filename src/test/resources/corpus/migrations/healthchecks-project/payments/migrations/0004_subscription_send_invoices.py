




class Migration(migrations.Migration):
    dependencies = [("payments", "0003_subscription_address_id")]
