
-- +goose Up

CREATE TABLE x;






ALTER TABLE x;

CREATE TABLE x;







CREATE TABLE x;




INSERT INTO x;




INSERT INTO x;








UPDATE x;
SELECT x;

SELECT x;



UPDATE x;
SELECT x;







INSERT INTO x;
SELECT x;




INSERT INTO x;
SELECT x;




INSERT INTO x;
SELECT x;



-- +goose Down

DROP TABLE x;
DROP TABLE x;
DROP TABLE x;
