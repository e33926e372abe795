



























revision = '175fa80908e1'
down_revision = '0e6eff810791'






def upgrade():
    pass
