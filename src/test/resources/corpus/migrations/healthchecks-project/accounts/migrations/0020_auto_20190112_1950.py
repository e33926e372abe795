
















class Migration(migrations.Migration):
    dependencies = [("accounts", "0019_project_badge_key")]
