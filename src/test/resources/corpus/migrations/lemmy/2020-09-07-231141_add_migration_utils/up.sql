CREATE SCHEMA x;

CREATE TABLE x;







CREATE OR REPLACE FUNCTION x;






BEGIN x;

SELECT x;









SELECT x;





SELECT x;





SELECT x;



















SELECT x;
















INSERT INTO x;
SELECT x;








EXECUTE x;





CREATE OR REPLACE FUNCTION x;






BEGIN x;

SELECT x;










BEGIN x;
EXECUTE x;
DELETE FROM x;
