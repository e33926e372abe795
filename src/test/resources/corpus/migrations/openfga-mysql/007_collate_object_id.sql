-- +goose Up
ALTER TABLE x;


CREATE INDEX x;

DROP INDEX x;

-- +goose Down
DROP INDEX x;

ALTER TABLE x;


CREATE INDEX x;
