-- create users
SELECT 1;
