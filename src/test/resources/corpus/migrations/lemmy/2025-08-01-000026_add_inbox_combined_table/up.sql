



ALTER TABLE x;


CREATE TABLE x;









CREATE TABLE x;
SELECT x;








SELECT x;








SELECT x;








SELECT x;








ALTER TABLE x;

ALTER COLUMN x;










CREATE INDEX x;

CREATE INDEX x;
