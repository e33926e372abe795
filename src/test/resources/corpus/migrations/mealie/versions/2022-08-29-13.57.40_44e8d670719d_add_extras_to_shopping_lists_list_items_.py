













revision = "44e8d670719d"
down_revision = "089bfa50d0ed"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass













































def downgrade():
    pass
