
-- +goose Up

ALTER TABLE x;

UPDATE x;
-- +goose Down
