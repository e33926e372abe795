











revision = "71477dadd6ef"
down_revision = "0f740a081d20"
branch_labels = None
depends_on = None


def upgrade():
    pass




def downgrade():
    pass
