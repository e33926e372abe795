# shape only: a Rails migration
