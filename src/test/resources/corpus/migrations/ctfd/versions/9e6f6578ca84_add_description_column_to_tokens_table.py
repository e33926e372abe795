











revision = "9e6f6578ca84"
down_revision = "0def790057c1"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
