
-- +goose Up

CREATE TABLE IF NOT EXISTS x;








-- +goose Down
