-- +goose Up
-- +goose StatementBegin
ALTER TABLE x;
-- +goose StatementEnd

-- +goose Down
