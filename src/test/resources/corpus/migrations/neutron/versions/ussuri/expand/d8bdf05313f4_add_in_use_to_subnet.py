





























revision = 'd8bdf05313f4'
down_revision = 'e88badaa9591'








def upgrade():
    pass
