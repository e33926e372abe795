-- +goose Up
-- +goose StatementBegin


CREATE TABLE x;













INSERT INTO x;
SELECT x;


DROP TABLE x;
ALTER TABLE x;

CREATE INDEX x;

CREATE INDEX x;

-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
CREATE TABLE x;













INSERT INTO x;
SELECT x;


DROP TABLE x;
ALTER TABLE x;

CREATE INDEX x;

CREATE INDEX x;

-- +goose StatementEnd
