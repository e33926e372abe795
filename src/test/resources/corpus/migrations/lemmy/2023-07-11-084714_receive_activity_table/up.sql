


CREATE TABLE x;








CREATE TABLE x;






INSERT INTO x;
SELECT x;













INSERT INTO x;
SELECT x;










DROP TABLE x;
