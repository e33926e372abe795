




























revision = '2e0d7a8a1586'
down_revision = '97c25b0d2353'














def upgrade():
    pass
