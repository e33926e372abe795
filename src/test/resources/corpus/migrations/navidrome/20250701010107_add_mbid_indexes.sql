-- +goose Up
-- +goose StatementBegin



CREATE INDEX IF NOT EXISTS x;



CREATE INDEX IF NOT EXISTS x;



CREATE INDEX IF NOT EXISTS x;


-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin


DROP INDEX IF EXISTS x;
DROP INDEX IF EXISTS x;
DROP INDEX IF EXISTS x;

-- +goose StatementEnd
