












revision = "6b5be7e0a0ef"
down_revision = "5ec5c84ba61e"
branch_labels = None
depends_on = None


def upgrade():
    pass



















def downgrade():
    pass
