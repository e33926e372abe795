-- +goose Up
ALTER TABLE x;
ALTER TABLE x;

-- +goose Down
ALTER TABLE x;
ALTER TABLE x;
