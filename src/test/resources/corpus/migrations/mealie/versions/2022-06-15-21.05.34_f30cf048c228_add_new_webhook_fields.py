













revision = "f30cf048c228"
down_revision = "ab0bae02578f"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade():
    pass





def downgrade():
    pass
