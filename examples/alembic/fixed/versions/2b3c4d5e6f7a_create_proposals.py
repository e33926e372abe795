"""create proposals

Revision ID: 2b3c4d5e6f7a
Revises: '1a2b3c4d5e6f'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '2b3c4d5e6f7a'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
