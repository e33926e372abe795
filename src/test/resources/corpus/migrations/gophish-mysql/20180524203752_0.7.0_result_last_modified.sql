
-- +goose Up

ALTER TABLE x;

UPDATE x;
SET x;
SELECT x;






-- +goose Down
