






ALTER TABLE x;



CREATE TABLE x;














CREATE UNIQUE INDEX x;
