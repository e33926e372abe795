











revision = "e7004224f284"
down_revision = "d4c798575877"
branch_labels = None
depends_on = None


def upgrade():
    pass



def downgrade():
    pass
