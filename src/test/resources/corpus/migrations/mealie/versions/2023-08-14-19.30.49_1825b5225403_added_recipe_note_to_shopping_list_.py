












revision = "1825b5225403"
down_revision = "04ac51cbe9a4"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass




def downgrade():
    pass
