












revision = "93284ed9c099"
down_revision = "eb68f277ab61"
branch_labels = None
depends_on = None


def upgrade():
    pass






























































def downgrade():
    pass
