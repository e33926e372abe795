
























def upgrade():
    pass
