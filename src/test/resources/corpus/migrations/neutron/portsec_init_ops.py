





















def upgrade():
    pass
