












revision = "9889b8c53673"
down_revision = "5c4996aeb2cb"
branch_labels = None
depends_on = None


def upgrade():
    pass



















def downgrade():
    pass
