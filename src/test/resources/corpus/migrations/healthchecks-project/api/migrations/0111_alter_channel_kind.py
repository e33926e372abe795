




class Migration(migrations.Migration):
    dependencies = [
        ("api", "0110_delete_hipchat_pagerteam_zendesk"),
    ]
