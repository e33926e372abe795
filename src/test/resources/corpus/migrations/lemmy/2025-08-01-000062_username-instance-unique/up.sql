

DELETE FROM x;
SELECT x;















ALTER TABLE x;
