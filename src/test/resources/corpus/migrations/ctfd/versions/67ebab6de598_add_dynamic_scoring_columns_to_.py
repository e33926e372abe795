











revision = "67ebab6de598"
down_revision = "24ad6790bc3c"
branch_labels = None
depends_on = None


def upgrade():
    pass









def downgrade():
    pass
