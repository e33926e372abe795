













revision = "73beceabb948"
down_revision = "e7f8a917aa8e"
branch_labels = None
depends_on = None




















def upgrade():
    pass















def downgrade():
    pass
