

SELECT x;
