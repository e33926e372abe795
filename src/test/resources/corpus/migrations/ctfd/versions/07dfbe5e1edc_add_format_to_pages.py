












revision = "07dfbe5e1edc"
down_revision = "75e8ab9a0014"
branch_labels = None
depends_on = None


def upgrade():
    pass




def downgrade():
    pass
