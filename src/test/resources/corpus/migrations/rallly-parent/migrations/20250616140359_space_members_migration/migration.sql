
INSERT INTO x;
SELECT x;








SELECT x;
