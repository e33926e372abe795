











revision = "62bf576b2cd3"
down_revision = "a49ad66aa0f1"
branch_labels = None
depends_on = None


def upgrade():
    pass

















def downgrade():
    pass
