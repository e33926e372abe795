"""create conversions

Revision ID: 4d5e6f7a8b9c
Revises: '2b3c4d5e6f7a'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '4d5e6f7a8b9c'
down_revision = '2b3c4d5e6f7a'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
