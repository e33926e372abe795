













class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0018_saved_view_simple_search_rules"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
