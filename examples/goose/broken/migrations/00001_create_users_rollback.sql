-- +goose Up
DROP TABLE users;
