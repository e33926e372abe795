














revision = "b5551cd26764"
down_revision = "4e4d5a9ea000"
branch_labels = None
depends_on = None






def upgrade():
    pass


























def downgrade():
    pass
