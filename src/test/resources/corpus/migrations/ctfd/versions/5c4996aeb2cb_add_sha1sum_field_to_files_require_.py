











revision = "5c4996aeb2cb"
down_revision = "9e6f6578ca84"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
