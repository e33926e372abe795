




















def upgrade():
    pass
