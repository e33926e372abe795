













revision = "59eb59135381"
down_revision = "f1a2dbee5fe9"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass






























def downgrade():
    pass
