-- +goose Up
CREATE TABLE x;











CREATE TABLE x;











CREATE INDEX x;

CREATE TABLE x;












CREATE INDEX x;

-- +goose Down
DROP TABLE x;
DROP TABLE x;
DROP TABLE x;
