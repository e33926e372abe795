











revision = "a49ad66aa0f1"
down_revision = "4fe3eeed9a9d"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
