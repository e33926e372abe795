











revision = "8275865e5992"
down_revision = "e69a79ebffd3"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
