











revision = "4e4d5a9ea000"
down_revision = "8369118943a1"
branch_labels = None
depends_on = None


def upgrade():
    pass









def downgrade():
    pass
