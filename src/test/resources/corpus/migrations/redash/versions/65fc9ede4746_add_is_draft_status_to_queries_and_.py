













revision = "65fc9ede4746"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    pass






















def downgrade():
    pass
