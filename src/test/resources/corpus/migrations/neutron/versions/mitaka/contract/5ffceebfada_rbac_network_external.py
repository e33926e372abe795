



























revision = '5ffceebfada'
down_revision = '8a6d8bdae39'
depends_on = ()























def upgrade():
    pass
