











revision = "7671dca4e604"
down_revision = "d1eae8b9893e"
branch_labels = None
depends_on = None


def upgrade():
    pass





def downgrade():
    pass
