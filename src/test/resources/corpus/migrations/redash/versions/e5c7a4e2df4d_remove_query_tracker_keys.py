













revision = "e5c7a4e2df4d"
down_revision = "98af61feea92"
branch_labels = None
depends_on = None

























def upgrade():
    pass




def downgrade():
    pass
