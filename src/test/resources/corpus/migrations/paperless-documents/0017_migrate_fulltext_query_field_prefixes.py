



























class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0016_sha256_checksums"),
    ]
