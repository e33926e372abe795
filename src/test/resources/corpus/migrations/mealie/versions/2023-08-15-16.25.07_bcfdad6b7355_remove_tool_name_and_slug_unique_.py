










revision = "bcfdad6b7355"
down_revision = "1825b5225403"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass







def downgrade():
    pass
