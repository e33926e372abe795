























revision = "1093835a1051"
down_revision = "a03403986a32"
branch_labels = None
depends_on = None


















def upgrade():
    pass





















def downgrade():
    pass
