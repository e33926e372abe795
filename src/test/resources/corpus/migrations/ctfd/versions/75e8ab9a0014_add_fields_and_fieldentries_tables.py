












revision = "75e8ab9a0014"
down_revision = "0366ba6575ca"
branch_labels = None
depends_on = None


def upgrade():
    pass




























def downgrade():
    pass
