











revision = "364b4efa1686"
down_revision = "662d728ad7da"
branch_labels = None
depends_on = None


def upgrade():
    pass


















def downgrade():
    pass
