












revision = "1923519381ad"
down_revision = "2ea7a807915c"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass




def downgrade():
    pass
