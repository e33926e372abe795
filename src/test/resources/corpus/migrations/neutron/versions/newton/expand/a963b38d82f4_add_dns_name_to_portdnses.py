




















revision = 'a963b38d82f4'
down_revision = 'c415aab1c048'


def upgrade():
    pass
