-- +goose Up
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;


UPDATE x;



UPDATE x;



UPDATE x;




-- +goose Down
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
