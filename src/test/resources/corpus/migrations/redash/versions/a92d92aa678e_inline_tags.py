














revision = "a92d92aa678e"
down_revision = "e7004224f284"
branch_labels = None
depends_on = None


def upgrade():
    pass







def downgrade():
    pass
