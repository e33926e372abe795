





















class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0017_migrate_fulltext_query_field_prefixes"),
    ]
