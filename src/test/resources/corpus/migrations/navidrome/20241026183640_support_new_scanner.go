package migrations

func init() { goose.AddMigrationContext(up, down) }
