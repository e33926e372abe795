













revision = "165d943c64ee"
down_revision = "167eb69066ad"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass











def downgrade():
    pass
