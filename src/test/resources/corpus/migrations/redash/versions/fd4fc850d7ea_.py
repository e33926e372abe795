













revision = 'fd4fc850d7ea'
down_revision = '89bc7873a3e0'
branch_labels = None
depends_on = None


def upgrade():
    pass


















def downgrade():
    pass
