













revision = '1038c2174f5d'
down_revision = 'fd4fc850d7ea'
branch_labels = None
depends_on = None













def upgrade():
    pass









def downgrade():
    pass
