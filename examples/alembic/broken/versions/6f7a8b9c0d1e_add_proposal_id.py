"""add conversions.proposal_id (parent lost in a rebase)

Revision ID: 6f7a8b9c0d1e
Revises: '9f9f9f9f9f9f'
Create Date: 2024-01-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6f7a8b9c0d1e'
down_revision = '9f9f9f9f9f9f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
