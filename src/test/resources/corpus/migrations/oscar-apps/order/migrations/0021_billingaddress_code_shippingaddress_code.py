





class Migration(migrations.Migration):

    dependencies = [
        ("order", "0020_alter_order_analytics_tracked"),
    ]
