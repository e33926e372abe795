
-- +goose Up

CREATE TABLE IF NOT EXISTS x;





-- +goose Down

DROP TABLE x;
