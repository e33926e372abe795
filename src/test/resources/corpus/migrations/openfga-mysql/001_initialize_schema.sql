-- +goose Up
CREATE TABLE x;











CREATE UNIQUE INDEX x;

CREATE TABLE x;







CREATE TABLE x;







CREATE TABLE x;






CREATE TABLE x;











-- +goose Down
DROP TABLE x;
DROP TABLE x;
DROP TABLE x;
DROP TABLE x;
DROP TABLE x;
