-- add invoice due date
SELECT 10;
