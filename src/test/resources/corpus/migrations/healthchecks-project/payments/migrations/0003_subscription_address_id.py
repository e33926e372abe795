




class Migration(migrations.Migration):
    dependencies = [("payments", "0002_subscription_plan_id")]
