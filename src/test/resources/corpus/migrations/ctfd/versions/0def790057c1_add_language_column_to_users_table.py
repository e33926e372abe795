











revision = "0def790057c1"
down_revision = "46a278193a94"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
