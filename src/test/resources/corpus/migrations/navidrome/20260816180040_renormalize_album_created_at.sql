-- +goose Up




UPDATE x;


-- +goose Down

SELECT x;
