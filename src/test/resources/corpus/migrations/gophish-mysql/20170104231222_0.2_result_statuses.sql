-- +goose Up

UPDATE x;
SET x;

SELECT x;






UPDATE x;
SET x;

SELECT x;






-- +goose Down
