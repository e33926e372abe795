











revision = "d4c798575877"
down_revision = "1daa601d3ae5"
branch_labels = None
depends_on = None


def upgrade():
    pass












def downgrade():
    pass
