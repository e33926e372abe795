






DROP TABLE x;
