-- +goose Up




UPDATE x;
SET x;












-- +goose Down

SELECT x;
