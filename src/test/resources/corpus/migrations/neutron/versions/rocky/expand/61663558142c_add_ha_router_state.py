



























revision = '61663558142c'
down_revision = '594422d373ee'











def upgrade():
    pass
