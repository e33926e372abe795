





























revision = 'c613d0b82681'
down_revision = '63fd95af7dcd'





def upgrade():
    pass
