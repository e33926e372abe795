-- +goose Up
-- +goose StatementBegin
ALTER TABLE x;
UPDATE x;
ALTER TABLE x;
ALTER TABLE x;
-- +goose StatementEnd

-- +goose Down
