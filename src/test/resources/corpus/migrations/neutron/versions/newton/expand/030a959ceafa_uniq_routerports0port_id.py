





























revision = '030a959ceafa'
down_revision = '3d0e74aa7d37'














def upgrade():
    pass
