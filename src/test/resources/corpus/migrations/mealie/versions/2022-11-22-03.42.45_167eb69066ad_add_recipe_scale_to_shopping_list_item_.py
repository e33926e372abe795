












revision = "167eb69066ad"
down_revision = "1923519381ad"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass





def downgrade():
    pass
