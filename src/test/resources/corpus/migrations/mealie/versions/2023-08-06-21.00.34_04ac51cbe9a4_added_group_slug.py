















revision = "04ac51cbe9a4"
down_revision = "b3dbb554ba53"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None



























def upgrade():
    pass








def downgrade():
    pass
