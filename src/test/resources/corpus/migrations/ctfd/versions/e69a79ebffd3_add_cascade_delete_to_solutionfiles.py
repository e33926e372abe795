










revision = "e69a79ebffd3"
down_revision = "336b8c601b94"
branch_labels = None
depends_on = None


def upgrade():
    pass























def downgrade():
    pass
