























def upgrade():
    pass
