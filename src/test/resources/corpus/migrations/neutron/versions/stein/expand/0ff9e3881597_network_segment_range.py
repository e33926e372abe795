



























revision = '0ff9e3881597'
down_revision = 'fb0167bd9639'






def upgrade():
    pass
