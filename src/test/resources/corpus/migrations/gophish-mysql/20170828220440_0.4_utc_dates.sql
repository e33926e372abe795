
-- +goose Up

UPDATE x;
UPDATE x;
UPDATE x;
UPDATE x;
UPDATE x;
UPDATE x;
UPDATE x;
UPDATE x;


-- +goose Down
