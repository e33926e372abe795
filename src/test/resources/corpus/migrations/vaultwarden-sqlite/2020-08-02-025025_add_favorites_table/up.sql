CREATE TABLE x;







INSERT INTO x;
SELECT x;






















CREATE TABLE x;

















INSERT INTO x;

SELECT x;





DROP TABLE x;



ALTER TABLE x;
