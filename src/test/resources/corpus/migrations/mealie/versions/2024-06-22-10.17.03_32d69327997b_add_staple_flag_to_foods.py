













revision = "32d69327997b"
down_revision = "7788478a0338"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None






def upgrade():
    pass


















def downgrade():
    pass
