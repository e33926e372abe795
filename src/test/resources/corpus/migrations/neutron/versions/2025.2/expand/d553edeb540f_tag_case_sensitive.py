
































revision = 'd553edeb540f'
down_revision = 'ad80a9f07c5c'





def upgrade():
    pass
