"""copied file that kept its revision id

Revision ID: 4d5e6f7a8b9c
Revises: '1a2b3c4d5e6f'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '4d5e6f7a8b9c'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
