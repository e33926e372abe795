-- migrate:up
CREATE TABLE x;




-- migrate:down
DROP TABLE x;
