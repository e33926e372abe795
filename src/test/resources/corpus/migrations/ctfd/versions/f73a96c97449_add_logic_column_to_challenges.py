











revision = "f73a96c97449"
down_revision = "62bf576b2cd3"
branch_labels = None
depends_on = None


def upgrade():
    pass






def downgrade():
    pass
