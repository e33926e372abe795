












revision = "188374910655"
down_revision = "f30cf048c228"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass



def downgrade():
    pass
