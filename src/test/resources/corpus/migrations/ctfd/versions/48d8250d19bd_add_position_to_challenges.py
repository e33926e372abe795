











revision = "48d8250d19bd"
down_revision = "67ebab6de598"
branch_labels = None
depends_on = None


def upgrade():
    pass





def downgrade():
    pass
