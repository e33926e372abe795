










revision = '1655999df5e3'
down_revision = '9e8c841d1a30'
branch_labels = None
depends_on = None


def upgrade():
    pass





def downgrade():
    pass
