




class Migration(migrations.Migration):
    dependencies = [("payments", "0004_subscription_send_invoices")]
