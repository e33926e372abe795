






















revision = "98af61feea92"
down_revision = "73beceabb948"
branch_labels = None
depends_on = None


def upgrade():
    pass































def downgrade():
    pass
