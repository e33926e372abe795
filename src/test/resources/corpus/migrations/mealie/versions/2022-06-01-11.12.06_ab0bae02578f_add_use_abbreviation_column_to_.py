












revision = "ab0bae02578f"
down_revision = "09dfc897ad62"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass






def downgrade():
    pass
