
















revision = '9e8c841d1a30'
down_revision = '7205816877ec'
branch_labels = None
depends_on = None














def upgrade():
    pass

























def downgrade():
    pass
