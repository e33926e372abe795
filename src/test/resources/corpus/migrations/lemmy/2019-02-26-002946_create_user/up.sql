CREATE TABLE x;














CREATE TABLE x;






INSERT INTO x;
