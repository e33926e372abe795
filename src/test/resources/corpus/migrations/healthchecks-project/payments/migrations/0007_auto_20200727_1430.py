




class Migration(migrations.Migration):
    dependencies = [
        ("payments", "0006_subscription_invoice_email"),
    ]
