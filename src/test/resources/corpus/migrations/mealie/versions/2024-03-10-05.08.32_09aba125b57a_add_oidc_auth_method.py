










revision = "09aba125b57a"
down_revision = "2298bb460ffd"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None






def upgrade():
    pass



def downgrade():
    pass
