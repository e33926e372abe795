






ALTER TABLE x;


DROP TABLE x;
