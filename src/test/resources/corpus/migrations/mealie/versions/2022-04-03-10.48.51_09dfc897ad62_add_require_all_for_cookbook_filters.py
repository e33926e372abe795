













revision = "09dfc897ad62"
down_revision = "59eb59135381"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass


















def downgrade():
    pass
