-- +goose Up
DROP SCHEMA public CASCADE;
CREATE SCHEMA public;
