












revision = "38514b39a824"
down_revision = "b04a08da2108"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None









def upgrade():
    pass









def downgrade():
    pass
