
-- +goose Up

ALTER TABLE x;

-- +goose Down
