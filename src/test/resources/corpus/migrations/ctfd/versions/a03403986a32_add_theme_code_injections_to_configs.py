














revision = "a03403986a32"
down_revision = "080d29b15cd3"
branch_labels = None
depends_on = None






def upgrade():
    pass


















def downgrade():
    pass
