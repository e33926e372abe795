











revision = "55623b100da8"
down_revision = "5c98d9253f56"
branch_labels = None
depends_on = None


def upgrade():
    pass




def downgrade():
    pass
