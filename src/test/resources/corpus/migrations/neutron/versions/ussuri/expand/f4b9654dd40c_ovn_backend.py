



























revision = 'f4b9654dd40c'
down_revision = '86274d77933e'





def upgrade():
    pass
