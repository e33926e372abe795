














revision = "0341b154f79a"
down_revision = "bcfdad6b7355"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None












































def upgrade():
    pass
















def downgrade():
    pass
