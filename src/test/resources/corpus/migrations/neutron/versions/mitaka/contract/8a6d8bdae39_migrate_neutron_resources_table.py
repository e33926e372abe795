

























revision = '8a6d8bdae39'
down_revision = '11926bcfe72d'
depends_on = ('32e5974ada25',)



















def upgrade():
    pass
