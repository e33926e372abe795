-- +goose Up
-- +goose StatementBegin
CREATE TABLE x;










CREATE INDEX x;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE x;
-- +goose StatementEnd
