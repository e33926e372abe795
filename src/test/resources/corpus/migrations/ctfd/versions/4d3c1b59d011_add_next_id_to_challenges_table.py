












revision = "4d3c1b59d011"
down_revision = "6012fe8de495"
branch_labels = None
depends_on = None


def upgrade():
    pass







def downgrade():
    pass
