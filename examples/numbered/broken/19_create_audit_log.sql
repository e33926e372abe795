-- create audit log
SELECT 19;
