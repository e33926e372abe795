





























revision = 'c3e9d13c4367'
down_revision = 'c613d0b82681'





def upgrade():
    pass
