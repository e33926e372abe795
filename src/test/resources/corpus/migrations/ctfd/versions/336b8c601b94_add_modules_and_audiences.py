











revision = "336b8c601b94"
down_revision = "48d8250d19bd"
branch_labels = None
depends_on = None


def upgrade():
    pass













































def downgrade():
    pass
