-- +goose Up








CREATE TABLE x;









INSERT INTO x;
SELECT x;

DROP TABLE x;

ALTER TABLE x;




CREATE TABLE x;














INSERT INTO x;
SELECT x;

DROP TABLE x;

ALTER TABLE x;

CREATE UNIQUE INDEX x;

-- +goose Down
