




class Migration(migrations.Migration):

    dependencies = [
        ("order", "0019_order_analytics_tracked"),
    ]
