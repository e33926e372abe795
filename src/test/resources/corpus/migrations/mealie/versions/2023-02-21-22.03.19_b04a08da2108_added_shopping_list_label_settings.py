

















revision = "b04a08da2108"
down_revision = "5ab195a474eb"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None






































def upgrade():
    pass
























def downgrade():
    pass
