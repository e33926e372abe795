



















def upgrade():
    pass
