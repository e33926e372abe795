













revision = "2ea7a807915c"
down_revision = "44e8d670719d"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass

























def downgrade():
    pass
