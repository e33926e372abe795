













revision = "5c98d9253f56"
down_revision = "364b4efa1686"
branch_labels = None
depends_on = None








def upgrade():
    pass














































def downgrade():
    pass
