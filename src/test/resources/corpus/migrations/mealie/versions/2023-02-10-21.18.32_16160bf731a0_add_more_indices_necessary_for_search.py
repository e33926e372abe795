










revision = "16160bf731a0"
down_revision = "ff5f73b01a7a"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass









def downgrade():
    pass
