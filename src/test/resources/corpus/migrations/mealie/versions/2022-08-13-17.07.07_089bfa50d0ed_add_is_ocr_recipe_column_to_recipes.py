












revision = "089bfa50d0ed"
down_revision = "188374910655"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass





def downgrade():
    pass
