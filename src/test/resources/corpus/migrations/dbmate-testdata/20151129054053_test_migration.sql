-- migrate:up
CREATE TABLE x;



INSERT INTO x;

-- migrate:down
DROP TABLE x;
