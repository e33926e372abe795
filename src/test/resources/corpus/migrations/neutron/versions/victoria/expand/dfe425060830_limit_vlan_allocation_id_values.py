



























revision = 'dfe425060830'
down_revision = 'd8bdf05313f4'














def upgrade():
    pass
