










revision = "b3dbb554ba53"
down_revision = "38514b39a824"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


























































def upgrade():
    pass





def downgrade():
    pass
