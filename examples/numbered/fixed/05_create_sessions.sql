-- create sessions
SELECT 5;
