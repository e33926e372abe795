

CREATE TYPE x;






















CREATE TABLE x;





















ALTER TABLE x;


























































INSERT INTO x;
SELECT x;








INSERT INTO x;
SELECT x;











INSERT INTO x;
SELECT x;











INSERT INTO x;
SELECT x;












INSERT INTO x;
SELECT x;











INSERT INTO x;
SELECT x;












INSERT INTO x;
SELECT x;









INSERT INTO x;
SELECT x;








INSERT INTO x;
SELECT x;











INSERT INTO x;
SELECT x;









INSERT INTO x;
SELECT x;









INSERT INTO x;
SELECT x;









INSERT INTO x;
SELECT x;









INSERT INTO x;
SELECT x;












INSERT INTO x;
SELECT x;









INSERT INTO x;
SELECT x;








INSERT INTO x;
SELECT x;








INSERT INTO x;
SELECT x;












INSERT INTO x;
SELECT x;










ALTER TABLE x;
DROP CONSTRAINT IF EXISTS x;



ALTER TABLE x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;
DROP COLUMN x;


DELETE FROM x;





ALTER TABLE x;


CREATE INDEX x;


DROP TABLE x;
