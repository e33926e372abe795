-- +goose Up
-- +goose StatementBegin
UPDATE x;
UPDATE x;
-- +goose StatementEnd

-- +goose Down
