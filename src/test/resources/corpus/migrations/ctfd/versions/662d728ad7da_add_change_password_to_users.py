











revision = "662d728ad7da"
down_revision = "f73a96c97449"
branch_labels = None
depends_on = None


def upgrade():
    pass




def downgrade():
    pass
