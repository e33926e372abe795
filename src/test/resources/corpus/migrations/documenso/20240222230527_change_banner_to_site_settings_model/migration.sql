






ALTER TABLE x;


DROP TABLE x;


CREATE TABLE x;










ALTER TABLE x;
