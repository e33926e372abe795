











revision = "d1eae8b9893e"
down_revision = "65fc9ede4746"
branch_labels = None
depends_on = None


def upgrade():
    pass







def downgrade():
    pass
