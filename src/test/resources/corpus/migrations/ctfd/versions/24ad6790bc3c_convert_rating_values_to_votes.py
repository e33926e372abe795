











revision = "24ad6790bc3c"
down_revision = "55623b100da8"
branch_labels = None
depends_on = None


def upgrade():
    pass












def downgrade():
    pass
