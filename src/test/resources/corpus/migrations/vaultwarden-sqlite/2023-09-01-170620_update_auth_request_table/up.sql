
CREATE TABLE x;




















INSERT INTO x;


DROP TABLE x;


ALTER TABLE x;
