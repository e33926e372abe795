












revision = "6012fe8de495"
down_revision = "ef87d69ec29a"
branch_labels = None
depends_on = None


def upgrade():
    pass




def downgrade():
    pass
