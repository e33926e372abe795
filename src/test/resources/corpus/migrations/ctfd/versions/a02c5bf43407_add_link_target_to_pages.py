











revision = "a02c5bf43407"
down_revision = "9889b8c53673"
branch_labels = None
depends_on = None


def upgrade():
    pass




def downgrade():
    pass
