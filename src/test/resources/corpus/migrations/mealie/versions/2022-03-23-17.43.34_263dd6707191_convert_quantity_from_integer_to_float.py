












revision = "263dd6707191"
down_revision = "6b0f5f32d602"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None






def upgrade():
    pass













def downgrade():
    pass
