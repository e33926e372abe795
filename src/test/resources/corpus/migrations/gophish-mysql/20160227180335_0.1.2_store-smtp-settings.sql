
-- +goose Up


ALTER TABLE x;

DROP TABLE x;
CREATE TABLE x;











-- +goose Down
