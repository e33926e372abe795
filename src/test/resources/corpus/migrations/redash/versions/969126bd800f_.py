















revision = "969126bd800f"
down_revision = "6b5be7e0a0ef"
branch_labels = None
depends_on = None


def upgrade():
    pass



















































def downgrade():
    pass
