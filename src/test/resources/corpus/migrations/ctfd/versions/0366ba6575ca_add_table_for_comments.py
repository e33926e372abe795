












revision = "0366ba6575ca"
down_revision = "1093835a1051"
branch_labels = None
depends_on = None


def upgrade():
    pass























def downgrade():
    pass
