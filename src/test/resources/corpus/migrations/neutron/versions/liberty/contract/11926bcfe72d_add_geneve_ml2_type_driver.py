




























revision = '11926bcfe72d'
down_revision = '2e5352a0ad4d'













def upgrade():
    pass
