
INSERT INTO x;
SELECT x;






DO x;
