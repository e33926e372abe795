-- +goose Up
-- +goose StatementBegin
CREATE TABLE x;






















INSERT INTO x;




DROP TABLE x;

ALTER TABLE x;
-- +goose StatementEnd

-- +goose Down
