












revision = "ef87d69ec29a"
down_revision = "07dfbe5e1edc"
branch_labels = None
depends_on = None


def upgrade():
    pass





















def downgrade():
    pass
