-- +goose Up
CREATE INDEX x;

-- +goose Down
DROP INDEX x;
