











revision = "4fe3eeed9a9d"
down_revision = "a02c5bf43407"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
