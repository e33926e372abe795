




DELETE FROM x;

SELECT x;

SELECT x;





















DROP INDEX x;


CREATE UNIQUE INDEX x;
