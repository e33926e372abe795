




class Migration(migrations.Migration):
    dependencies = [("payments", "0005_subscription_plan_name")]
