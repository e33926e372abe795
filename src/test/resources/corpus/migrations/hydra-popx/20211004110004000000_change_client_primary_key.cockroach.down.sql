


SELECT x;
