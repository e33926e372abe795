












revision = '7ce5925f832b'
down_revision = '1038c2174f5d'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
