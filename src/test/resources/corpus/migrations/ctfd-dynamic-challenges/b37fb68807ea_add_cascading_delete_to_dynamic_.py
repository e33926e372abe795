









revision = "b37fb68807ea"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    pass






















def downgrade():
    pass
