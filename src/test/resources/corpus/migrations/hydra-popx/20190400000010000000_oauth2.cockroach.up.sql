


-- +migrate Up
