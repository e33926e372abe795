











revision = "080d29b15cd3"
down_revision = "b295b033364d"
branch_labels = None
depends_on = None


def upgrade():
    pass













def downgrade():
    pass
