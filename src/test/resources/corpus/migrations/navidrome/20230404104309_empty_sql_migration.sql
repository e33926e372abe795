



-- +goose Up
-- +goose StatementBegin
SELECT x;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
SELECT x;
-- +goose StatementEnd
