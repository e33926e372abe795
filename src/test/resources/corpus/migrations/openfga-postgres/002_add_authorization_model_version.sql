-- +goose Up
ALTER TABLE x;

-- +goose Down
ALTER TABLE x;
