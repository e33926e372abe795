-- +goose Up
-- +goose StatementBegin
CREATE TABLE IF NOT EXISTS x;
















INSERT INTO x;


SELECT x;


SELECT x;


DROP TABLE x;
ALTER TABLE x;

CREATE INDEX x;

CREATE INDEX x;

CREATE INDEX x;

CREATE INDEX x;

CREATE INDEX x;


-- +goose StatementEnd

-- +goose Down
