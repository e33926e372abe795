











revision = "e7f8a917aa8e"
down_revision = "640888ce445d"
branch_labels = None
depends_on = None


def upgrade():
    pass










def downgrade():
    pass
